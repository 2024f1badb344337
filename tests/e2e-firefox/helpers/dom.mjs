/**
 * Finding things on a page the way a person names them (a button's text, a field's label), for
 * puppeteer over BiDi, and waiting for a state of the page rather than for time.
 */

/**
 * Waits until `predicate(...args)`, run in the page, returns a truthy value, and returns it.
 * @template T
 * @param {import('puppeteer-core').Page} page
 * @param {(...args: any[]) => T} predicate
 * @param {...unknown} args
 */
export async function until(page, predicate, ...args) {
  const handle = await page.waitForFunction(predicate, { timeout: 10_000 }, ...args);
  return /** @type {Promise<T>} */ (handle.jsonValue());
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
  await page.waitForFunction(find, { timeout: 10_000 }, name);
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
  await page.waitForFunction(find, { timeout: 10_000 }, label);
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
