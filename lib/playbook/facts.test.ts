import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import facts from './facts';
import { FactSchema } from './schema';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const researchDir = path.resolve(repoRoot, '../shared/research');
const RESEARCH_FILES = ['guide-facts.md', 'case-study-facts.md', 'playbook-facts.md'];
const haveResearch = RESEARCH_FILES.every((f) => existsSync(path.join(researchDir, f)));
/** Rostrum's own fact table: facts its contributors found, in the briefs' format, kept in the repository. */
const OWN_FACTS = path.join(repoRoot, 'docs/facts/rostrum-facts.md');

/**
 * Fact ids and tags as the research briefs give them: `- **UK-04 [OTHER]** ...`. A fact without its own
 * tag takes the tag of its heading (the guide brief tags the whole "confirmed about the guide" section).
 */
function factsIn(files: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of files) {
    let headingTag: string | null = null;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.startsWith('#')) {
        headingTag = /\[(GUIDE-META|IPU|OTHER)\]/.exec(line)?.[1] ?? null;
        continue;
      }
      const m = /^\s*- \*\*([A-Z]{2}-\d{2,3})(?: \[([A-Z-]+)\])?\*\*/.exec(line);
      if (!m) continue;
      const id = m[1]!;
      const tag = m[2] ?? headingTag ?? 'UNTAGGED';
      if (found.has(id)) throw new Error(`${file}: fact ${id} appears twice in the research`);
      found.set(id, tag);
    }
  }
  return found;
}

const researchFacts = (): Map<string, string> =>
  factsIn([...RESEARCH_FILES.map((f) => path.join(researchDir, f)), OWN_FACTS]);
const ownFacts = (): Map<string, string> => factsIn([OWN_FACTS]);

describe('fact registry', () => {
  it('every entry parses, with a readable label', () => {
    for (const fact of facts) {
      const parsed = FactSchema.safeParse(fact);
      expect(parsed.success, `${fact.id}: ${parsed.error?.message}`).toBe(true);
      // A label is for people: words, not a bare link.
      expect(fact.source, fact.id).not.toMatch(/^https?:|www\./);
      expect(fact.source, fact.id).toMatch(/[A-Za-z]{3,}.*[A-Za-z]{3,}/);
    }
  });

  it('has no duplicate ids', () => {
    const ids = facts.map((f) => f.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('links every fact to its source', () => {
    expect(facts.filter((f) => !f.url).map((f) => f.id)).toEqual([]);
  });

  it("holds Rostrum's own facts with their tags, each under the RS- prefix and linked in the table", () => {
    const own = ownFacts();
    expect(own.size).toBeGreaterThan(0);
    const registry = new Map(facts.map((f) => [f.id, f]));
    const text = readFileSync(OWN_FACTS, 'utf8');
    for (const [id, tag] of own) {
      expect(id, 'own fact ids use the RS- prefix').toMatch(/^RS-/);
      expect(registry.get(id)?.tag, `${id} in lib/playbook/facts.ts`).toBe(tag);
      expect(text, `${id}: the table gives the link the registry cites`).toContain(registry.get(id)!.url!);
    }
    const strays = facts.map((f) => f.id).filter((id) => id.startsWith('RS-') && !own.has(id));
    expect(
      strays,
      'RS- ids in lib/playbook/facts.ts that docs/facts/rostrum-facts.md does not define',
    ).toEqual([]);
  });
});

describe.skipIf(!haveResearch)('fact registry against ../shared/research', () => {
  it('holds every research fact, with the same tag', () => {
    const research = researchFacts();
    expect(research.size).toBeGreaterThan(0);
    const registry = new Map(facts.map((f) => [f.id, f.tag as string]));
    const missing = [...research.keys()].filter((id) => !registry.has(id));
    const mistagged = [...research].filter(([id, tag]) => registry.has(id) && registry.get(id) !== tag);
    expect(missing, 'research facts missing from lib/playbook/facts.ts').toEqual([]);
    expect(mistagged, 'facts whose tag differs from the research ([id, research tag])').toEqual([]);
  });

  it('holds nothing that is not in the research', () => {
    const research = researchFacts();
    const extra = facts.map((f) => f.id).filter((id) => !research.has(id));
    expect(extra, 'ids in lib/playbook/facts.ts that no research file or docs/facts file defines').toEqual(
      [],
    );
  });
});

if (!haveResearch) {
  // Visible in the run log, so a skipped comparison is never mistaken for a passing one.
  console.warn(
    `facts.test: ${researchDir} not found; skipping the comparison of the fact registry with the research files.`,
  );
}
