import { closestOf } from '../generic';

/**
 * The text of every clickable element under `root` that the watcher takes for a post button, as it
 * does on a click: `closestOf(target, buttons)`. Lets a test show that the post button, and only it,
 * is found, whatever words the interface uses.
 */
export function publishControls(root: ParentNode, buttons: readonly string[]): string[] {
  return Array.from(root.querySelectorAll('button, [role="button"]'))
    .filter((el) => closestOf(el, buttons) !== null)
    .map((el) => (el.textContent ?? '').trim());
}

/**
 * A "Discard post?" confirmation as Meta's sites stack it over a composer: a dialog whose last
 * buttons are Discard and Cancel. Clicking Discard removes the composer, so taking it for the post
 * button would log a post that never went out.
 */
export function discardDialog([title, discard, cancel]: readonly [string, string, string]): string {
  return (
    `<div role="dialog" aria-label="${title}"><h2>${title}</h2>` +
    `<div><div role="button" tabindex="0">${discard}</div><div role="button" tabindex="0">${cancel}</div></div></div>`
  );
}
