import type { Campaign, Entry } from '../log/schema';
import { CAMPAIGN_FIELDS, ENTRY_FIELDS, sameValue, type FieldSpec } from './fields';
import type { CampaignEdits, EntryEdits } from './team-doc';

/**
 * The edit times after a local change: every field whose value differs from what was last sent takes
 * the time of the change; the others keep theirs. A record never sent before has every field edited
 * at its creation time, so an older record from another browser does not beat a newer one.
 */
function editsAfter<R>(
  fields: readonly FieldSpec<R>[],
  before: R | undefined,
  after: R,
  edits: Readonly<Record<string, number>>,
  at: number,
): Record<string, number> {
  const next: Record<string, number> = { ...edits };
  for (const field of fields) {
    if (before === undefined) next[field.name] = at;
    else if (!sameValue(field.get(before), field.get(after))) next[field.name] = at;
  }
  return next;
}

export function entryEditsAfter(before: Entry | undefined, after: Entry, edits: EntryEdits): EntryEdits {
  const at = before === undefined ? after.createdAt : after.updatedAt;
  return editsAfter(ENTRY_FIELDS, before, after, edits, at) as EntryEdits;
}

export function campaignEditsAfter(
  before: Campaign | undefined,
  after: Campaign,
  edits: CampaignEdits,
): CampaignEdits {
  const at = before === undefined ? after.createdAt : after.updatedAt;
  return editsAfter(CAMPAIGN_FIELDS, before, after, edits, at) as CampaignEdits;
}
