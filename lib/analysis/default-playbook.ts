import { BuiltInContentError, getPlaybook } from '../playbook/index';
import type { PlaybookContent } from './types';

const EMPTY: PlaybookContent = { tips: [], examples: [] };
/** Locales whose built-in content is broken: not validated again on every keystroke. */
const BROKEN = new Set<string>();

/**
 * The built-in playbook for the panel's language. Broken built-in content must not take the checks
 * down with it, so the analysis then goes on without tips (the playbook's own tests report the problem).
 */
export function defaultPlaybook(locale: string): PlaybookContent {
  if (BROKEN.has(locale)) return EMPTY;
  try {
    return getPlaybook(locale);
  } catch (error) {
    // Words still loading are not broken: the next analysis, once they are in, has its tips.
    if (error instanceof BuiltInContentError) BROKEN.add(locale);
    return EMPTY;
  }
}
