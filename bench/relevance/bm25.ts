/**
 * The baseline issue 12 compares Rostrum with: a plain BM25 search (minisearch, default settings, OR
 * of the query's terms) over the same playbook in the draft's language, the draft text as the query.
 */
import MiniSearch from 'minisearch';
import type { Playbook } from '../../lib/playbook/index';

interface Doc {
  id: string;
  text: Record<string, string>;
}

const TIP_FIELDS = ['title', 'body', 'why', 'do', 'dont'];
const EXAMPLE_FIELDS = ['title', 'what', 'outcome', 'lesson'];

function indexOf(docs: readonly Doc[], fields: readonly string[]): MiniSearch<Doc> {
  const index = new MiniSearch<Doc>({
    fields: [...fields],
    extractField: (doc, field) => (field === 'id' ? doc.id : (doc.text[field] ?? '')),
  });
  index.addAll([...docs]);
  return index;
}

export interface Bm25Ranker {
  /** Ids best first, at most `k` of each. */
  rank(text: string, k: number): { tips: string[]; examples: string[] };
}

/** An index of one locale's playbook: every word the words files hold for each tip and example. */
export function bm25Ranker(playbook: Playbook): Bm25Ranker {
  const tips = indexOf(
    playbook.tips.map((t) => ({
      id: t.id,
      text: {
        title: t.title,
        body: t.body,
        why: t.why ?? '',
        do: t.example?.do ?? '',
        dont: t.example?.dont ?? '',
      },
    })),
    TIP_FIELDS,
  );
  const examples = indexOf(
    playbook.examples.map((e) => ({
      id: e.id,
      text: { title: e.title, what: e.what, outcome: e.outcome, lesson: e.lesson },
    })),
    EXAMPLE_FIELDS,
  );
  const top = (index: MiniSearch<Doc>, text: string, k: number): string[] =>
    index
      .search(text)
      .slice(0, k)
      .map((r) => String(r.id));
  return { rank: (text, k) => ({ tips: top(tips, text, k), examples: top(examples, text, k) }) };
}
