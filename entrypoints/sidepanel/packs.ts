import { browser } from '#imports';
import { validatePack, type ContentPack } from '../../lib/playbook';

const KEY = 'playbook.packs';

/**
 * Installed content packs, kept in storage.local. Each is checked again on the way back in, so a pack
 * stored by an older version that no longer passes is left out rather than breaking the panel.
 */
export async function loadPacks(): Promise<ContentPack[]> {
  const stored: unknown = (await browser.storage.local.get(KEY))[KEY];
  if (!Array.isArray(stored)) return [];
  const packs: ContentPack[] = [];
  for (const item of stored) {
    const result = validatePack(item, { installed: packs });
    if (result.ok) packs.push(result.pack);
    else console.warn('[Rostrum] a stored content pack no longer passes and was left out', result.errors);
  }
  return packs;
}

export async function savePacks(packs: readonly ContentPack[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: packs });
}
