import type { Fact, SourceTag, Tip } from './schema';

/**
 * A reference a content pack gives for its own item (a house style guide, an intranet page). Packs may
 * not cite the research facts: only the built-in content rests on them.
 */
export interface PackReference {
  label: string;
  url?: string;
}

/** What the panel shows as one source line of a tip or example. */
export interface SourceRef {
  /** The publication as a reader names it ("UK Parliament digital blog, 2018"). */
  label: string;
  url?: string;
  /** The research tag of the facts behind it, or PACK for a content pack's own reference. */
  tag: SourceTag | 'PACK';
  /** The fact ids that rest on this source, in citation order (empty for pack references). */
  factIds: string[];
}

/** Anything that cites facts and, when it comes from a pack, may carry its own references. */
export interface Citing {
  facts: readonly string[];
  references?: readonly PackReference[];
  origin: 'built-in' | { pack: string };
}

/**
 * The distinct sources of a tip or example, in the order its facts cite them. Facts from the same
 * publication (same label and link) collapse into one line. Unknown fact ids are skipped here; the
 * content tests make sure there are none.
 */
export function sourcesOf(item: Citing, facts: ReadonlyMap<string, Fact>): SourceRef[] {
  const out: SourceRef[] = [];
  const byKey = new Map<string, SourceRef>();
  for (const id of item.facts) {
    const fact = facts.get(id);
    if (!fact) continue;
    const key = `${fact.tag}\u0000${fact.source}\u0000${fact.url ?? ''}`;
    const known = byKey.get(key);
    if (known) {
      known.factIds.push(id);
      continue;
    }
    const ref: SourceRef = { label: fact.source, tag: fact.tag, factIds: [id] };
    if (fact.url) ref.url = fact.url;
    byKey.set(key, ref);
    out.push(ref);
  }
  for (const reference of item.references ?? []) {
    const ref: SourceRef = { label: reference.label, tag: 'PACK', factIds: [] };
    if (reference.url) ref.url = reference.url;
    out.push(ref);
  }
  return out;
}

/** True for a built-in tip that cites no fact: the panel labels it as Rostrum's own advice. */
export function isOwnAdvice(tip: Pick<Tip, 'facts' | 'origin'>): boolean {
  return tip.origin === 'built-in' && tip.facts.length === 0;
}

/** The id of the pack an item comes from, or null for built-in content. */
export function packOf(item: Pick<Citing, 'origin'>): string | null {
  return item.origin === 'built-in' ? null : item.origin.pack;
}
