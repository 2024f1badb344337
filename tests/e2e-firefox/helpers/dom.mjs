/**
 * Finding things on a page the way a person names them (a button's text, a field's label), for
 * puppeteer over BiDi, and waiting for a state of the page rather than for time.
 */

/** How long a wait for a state may take before the test fails. */
const WAIT_MS = 10_000;

/**
 * Waits until `predicate(...args)`, run in the page, returns a truthy value, and returns it.
 *
 * A wait may begin in a document whose realm a navigation then discards (a new tab's about:blank, a
 * page that is replaced); puppeteer over BiDi reports that as a bare "Waiting failed" (seen on a slow
 * CI machine and in repeated runs here). The wait is then started again in the new document; any
 * other failure, or a timeout, is the test's.
 * @template T
 * @param {import('puppeteer-core').Page} page
 * @param {(...args: any[]) => T} predicate
 * @param {...unknown} args
 */
export async function until(page, predicate, ...args) {
  // One deadline over all attempts: a realm can be lost several times in a row while a page loads.
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const timeout = Math.max(deadline - Date.now(), 1);
      const handle = await page.waitForFunction(predicate, { timeout }, ...args);
      return /** @type {Promise<T>} */ (handle.jsonValue());
    } catch (error) {
      const realmLost = error instanceof Error && error.message === 'Waiting failed';
      if (!realmLost || Date.now() >= deadline) throw withCause(error);
    }
  }
}

/** Puppeteer's bare "Waiting failed" keeps its reason in `cause`; show it in the message. */
function withCause(error) {
  if (!(error instanceof Error) || error.cause === undefined) return error;
  const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
  return new Error(`${error.message}: ${cause}`, { cause: error });
}

/** Waits until the element matching `selector` contains `text`, and returns its whole text. */
export function textIn(page, selector, text) {
  return until(
    page,
    (s, t) => {
      const found = [...document.querySelectorAll(s)].find((e) => e.textContent?.includes(t));
      return found?.textContent ?? null;
    },
    selector,
    text,
  );
}

/**
 * The button (or tab, or <summary>) named `name` (its aria-label, else its text), once it is on the page.
 * @param {import('puppeteer-core').Page} page
 * @param {string} name
 */
export async function button(page, name) {
  const find = (n) =>
    [...document.querySelectorAll('button, summary, [role="button"], [role="tab"]')].find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === n,
    );
  await until(page, find, name);
  const handle = await page.evaluateHandle(find, name);
  return /** @type {import('puppeteer-core').ElementHandle<HTMLElement>} */ (handle);
}

/**
 * The form field labelled `label` (by <label> or aria-label), once it is on the page.
 * @param {import("puppeteer-core").Page} page
 * @param {string} label
 */
export async function field(page, label) {
  const find = (l) =>
    [...document.querySelectorAll('label')].find((e) => e.textContent?.trim() === l)?.control ??
    document.querySelector(`[aria-label="${CSS.escape(l)}"]`);
  await until(page, find, label);
  return /** @type {import('puppeteer-core').ElementHandle<HTMLInputElement>} */ (
    await page.evaluateHandle(find, label)
  );
}

/**
 * Sets a field's value as Playwright's `fill` does, for fields typing cannot fill the same way in every
 * locale (a date input's segments follow the browser's date format).
 * @param {import('puppeteer-core').ElementHandle<HTMLInputElement>} input
 * @param {string} value
 */
export async function fill(input, value) {
  await input.evaluate((el, v) => {
    el.focus();
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

/**
 * Waits until an element matches `selector` (puppeteer's waitForSelector, through `until`).
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 */
export async function present(page, selector) {
  await until(page, (s) => document.querySelector(s) !== null, selector);
}
