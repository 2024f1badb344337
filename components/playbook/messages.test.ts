import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/playbook.json';
import fr from '../../locales/fr/playbook.json';
import { ACCOUNTS, OBJECTIVES, STAGES, TOPICS } from '../../lib/playbook/signals';
import { PLAN_ITEMS } from './PlanChecklist';

const here = path.dirname(fileURLToPath(import.meta.url));
type Table = Record<string, { message: string }>;
const tables: Record<string, Table> = { en, fr };

/** Keys the components build from the vocabulary rather than spell out. */
const dynamicKeys = [
  ...STAGES.map((s) => `playbook_stage_${s}`),
  ...TOPICS.map((topic) => `playbook_topic_${topic.replace(/-/g, '_')}`),
  ...OBJECTIVES.map((o) => `playbook_objective_${o}`),
  ...ACCOUNTS.map((a) => `playbook_account_${a}`),
  ...PLAN_ITEMS.flatMap((item) => [`playbook_plan_${item}`, `playbook_plan_${item}Hint`]),
  ...['tipCount', 'exampleCount'].flatMap((base) => [`playbook_${base}_one`, `playbook_${base}_other`]),
];

/** Keys written literally in the components, as in t('playbook_...'). */
function literalKeys(): string[] {
  const keys = new Set<string>();
  for (const file of readdirSync(here).filter((f) => /\.tsx?$/.test(f) && !/\.test\./.test(f))) {
    const source = readFileSync(path.join(here, file), 'utf8');
    // Not class names (playbook__list), nor the bases that counted() and key() complete.
    for (const m of source.matchAll(
      /(?<!counted\(|key\()['"](playbook_[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*)['"]/g,
    )) {
      keys.add(m[1]!);
    }
  }
  return [...keys];
}

const placeholders = (message: string) => [...message.matchAll(/\$\d/g)].map((m) => m[0]).sort();

describe('playbook messages', () => {
  it('has the same keys in every locale', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('has every key the components use, in every locale', () => {
    const used = [...literalKeys(), ...dynamicKeys];
    for (const [locale, table] of Object.entries(tables)) {
      expect(
        used.filter((key) => !(key in table)),
        locale,
      ).toEqual([]);
    }
  });

  it('uses the same placeholders in every translation, and no empty message', () => {
    for (const [key, { message }] of Object.entries(en as Table)) {
      expect(message.trim(), key).not.toBe('');
      expect(placeholders((fr as Table)[key]!.message), key).toEqual(placeholders(message));
    }
  });

  it('keeps key names to the area prefix and Chrome-safe characters', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^playbook_[A-Za-z0-9_]+$/);
  });
});
