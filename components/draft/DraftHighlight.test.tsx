/** @vitest-environment happy-dom */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftHighlight } from './DraftHighlight';

afterEach(cleanup);

describe('DraftHighlight', () => {
  it('marks each range with its severity and keeps the rest as plain text', () => {
    const { container } = render(
      <DraftHighlight
        label="Draft"
        text="Vote NOW on #budget"
        ranges={[
          { start: 5, end: 8, severity: 'warning' },
          { start: 12, end: 19, severity: 'info' },
        ]}
      />,
    );
    const marks = [...container.querySelectorAll('mark')].map((m) => [m.textContent, m.className]);
    expect(marks).toEqual([
      ['NOW', 'hl hl--warning'],
      ['#budget', 'hl hl--info'],
    ]);
    expect(container.textContent).toBe('Vote NOW on #budget');
  });

  it('gives an overlap the worst severity and ignores ranges outside the text', () => {
    const { container } = render(
      <DraftHighlight
        label="Draft"
        text="abcdef"
        ranges={[
          { start: 0, end: 4, severity: 'info' },
          { start: 2, end: 6, severity: 'error' },
          { start: 50, end: 60, severity: 'error' },
        ]}
      />,
    );
    const marks = [...container.querySelectorAll('mark')].map((m) => [m.textContent, m.className]);
    expect(marks).toEqual([
      ['ab', 'hl hl--info'],
      ['cd', 'hl hl--error'],
      ['ef', 'hl hl--error'],
    ]);
  });
});
