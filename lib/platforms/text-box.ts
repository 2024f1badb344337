import { isExcluded } from './generic';

/**
 * Anything a person writes in: an editable region (every `contenteditable` value but "false"), a
 * textarea, or an ARIA textbox. Wider than the generic editors on purpose: it is how the watcher
 * tells that someone is writing in a box Rostrum does not read.
 */
const TEXT_BOX = '[contenteditable]:not([contenteditable="false"]), textarea, [role="textbox"]';

/** The text box `node` is in (a click lands on a paragraph inside it), or null; search fields and the like are none. */
export function textBoxOf(node: Node): Element | null {
  const start = node instanceof Element ? node : node.parentElement;
  const box = start?.closest(TEXT_BOX) ?? null;
  return box && !isExcluded(box) ? box : null;
}
