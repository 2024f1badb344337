import { METRICS, TARGET_KEYS, type Campaign, type Entry } from '../log/schema';
import type { TeamKind } from './team-doc';

/**
 * The fields of each kind of record as the conflict rule and the edit times see them: how to read a
 * field, how to write it, and whether two versions' values are merged (tag lists) or the later edit
 * wins (everything else). A metric or target is a field of its own, so two people entering different
 * metrics of one post both keep theirs.
 */
export interface FieldSpec<R> {
  name: string;
  get(record: R): unknown;
  set(record: R, value: unknown): void;
  merge: 'latest' | 'union';
}

function plain<R, K extends keyof R & string>(name: K, merge: 'latest' | 'union' = 'latest'): FieldSpec<R> {
  return {
    name,
    merge,
    get: (r) => r[name],
    set: (r, v) => {
      r[name] = v as R[K];
    },
  };
}

/** One key of a record's figures map (metrics, targets): absent means not entered. */
function figure<R>(
  prefix: string,
  key: string,
  map: (r: R) => Record<string, number | undefined>,
): FieldSpec<R> {
  return {
    name: `${prefix}.${key}`,
    merge: 'latest',
    get: (r) => map(r)[key],
    set: (r, v) => {
      const m = map(r);
      if (v === undefined) delete m[key];
      else m[key] = v as number;
    },
  };
}

export const ENTRY_FIELDS: readonly FieldSpec<Entry>[] = [
  plain('text'),
  plain('platform'),
  plain('url'),
  plain('campaignId'),
  plain('tags', 'union'),
  plain('findings'),
  plain('tips'),
  plain('status'),
  plain('contentWarning'),
  ...METRICS.map((m) => figure<Entry>('metrics', m, (r) => r.metrics)),
];

export const CAMPAIGN_FIELDS: readonly FieldSpec<Campaign>[] = [
  plain('name'),
  plain('objective'),
  plain('audience'),
  plain('keyMessages'),
  plain('hashtags', 'union'),
  plain('platforms'),
  {
    name: 'dates',
    merge: 'latest',
    get: (r) => [r.startDate, r.endDate],
    set: (r, v) => {
      [r.startDate, r.endDate] = v as [string, string];
    },
  },
  plain('account'),
  plain('language'),
  plain('archived'),
  ...TARGET_KEYS.map((t) => figure<Campaign>('targets', t, (r) => r.targets)),
];

export function fieldsOf(kind: TeamKind): readonly FieldSpec<Entry>[] | readonly FieldSpec<Campaign>[] {
  return kind === 'entry' ? ENTRY_FIELDS : CAMPAIGN_FIELDS;
}

/** Values compared by content: lists and tuples are equal when their items are. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
