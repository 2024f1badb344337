import { builtInPlaybook, loadBuiltInText } from './builtin';
import { packExamples, packParliaments, packTips, type ContentPack } from './pack';
import type { Example, Fact, Parliament, Tip } from './schema';
import { LOCALES, type Locale } from './signals';
import type { PackReference } from './sources';

export {
  BuiltInContentError,
  BuiltInTextNotLoadedError,
  checkBuiltInContent,
  loadBuiltInText,
} from './builtin';
export { ContentPackSchema, parsePack, validatePack } from './pack';
export type { ContentPack, ContentPackInput, PackCheckOptions, PackParseResult } from './pack';
export { isOwnAdvice, packOf, sourcesOf } from './sources';
export type { PackReference, SourceRef } from './sources';

/** A tip as the panel uses it; pack tips also carry their own references. */
export type PlaybookTip = Tip & { references?: PackReference[] };
export type PlaybookExample = Example & { references?: PackReference[] };

/** The playbook in one language: built-in content first, then each installed pack's, in pack order. */
export interface Playbook {
  locale: Locale;
  tips: readonly PlaybookTip[];
  examples: readonly PlaybookExample[];
  parliaments: readonly Parliament[];
  /** Every research fact by id, for showing sources. */
  facts: ReadonlyMap<string, Fact>;
}

/** The content locale for a UI language: itself when the playbook has it, English otherwise. */
export function contentLocale(locale: string): Locale {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : 'en';
}

/** Loads the built-in words the playbook needs for a UI language (see contentLocale). */
export function loadPlaybookFor(locale: string): Promise<void> {
  return loadBuiltInText(contentLocale(locale));
}

/**
 * The playbook in `locale` (any UI language; unknown ones fall back to English), with the installed
 * content packs merged in; its words must be loaded first (loadPlaybookFor). The built-in content is
 * validated once per locale; broken built-in content throws a BuiltInContentError listing every problem. Packs are validated when they are imported
 * (parsePack), not here.
 */
export function getPlaybook(locale: Locale | string, packs: readonly ContentPack[] = []): Playbook {
  const lang = contentLocale(locale);
  const builtIn = builtInPlaybook(lang);
  if (packs.length === 0) {
    return {
      locale: lang,
      tips: builtIn.tips,
      examples: builtIn.examples,
      parliaments: builtIn.parliaments,
      facts: builtIn.facts,
    };
  }
  const parliaments = [...builtIn.parliaments];
  for (const pack of packs) {
    for (const p of packParliaments(pack)) if (!parliaments.some((q) => q.id === p.id)) parliaments.push(p);
  }
  return {
    locale: lang,
    tips: [...builtIn.tips, ...packs.flatMap((pack) => packTips(pack, lang))],
    examples: [...builtIn.examples, ...packs.flatMap((pack) => packExamples(pack, lang))],
    parliaments,
    facts: builtIn.facts,
  };
}
