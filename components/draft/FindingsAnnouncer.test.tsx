/** @vitest-environment happy-dom */
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FindingsAnnouncer } from './FindingsAnnouncer';

const LABELS: Record<string, string> = { jargon: 'Parliamentary jargon', 'all-caps': 'Words in capitals' };
const labelOf = (id: string) => LABELS[id] ?? id;

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Lets `ms` pass, with Preact's updates flushed. */
function advance(ms: number): void {
  void act(() => {
    vi.advanceTimersByTime(ms);
  });
}

const status = () => screen.getByTestId('findings-announcer').textContent;

describe('FindingsAnnouncer', () => {
  it('says nothing about the checks already there when the panel opens', () => {
    render(<FindingsAnnouncer ids={['jargon']} labelOf={labelOf} />);
    advance(2000);
    expect(status()).toBe('');
  });

  it('announces a new check once typing pauses, by its name', () => {
    const { rerender } = render(<FindingsAnnouncer ids={[]} labelOf={labelOf} />);
    rerender(<FindingsAnnouncer ids={['jargon']} labelOf={labelOf} />);
    advance(500);
    expect(status()).toBe('');
    advance(600);
    expect(status()).toBe('New check: Parliamentary jargon');
  });

  it('keeps quiet when the same checks come back in a new array, or a check comes and goes while typing', () => {
    const { rerender } = render(<FindingsAnnouncer ids={['jargon']} labelOf={labelOf} />);
    rerender(<FindingsAnnouncer ids={['all-caps', 'jargon']} labelOf={labelOf} />);
    advance(300);
    rerender(<FindingsAnnouncer ids={['jargon']} labelOf={labelOf} />);
    advance(2000);
    expect(status()).toBe('');
    rerender(<FindingsAnnouncer ids={['jargon']} labelOf={labelOf} />);
    advance(2000);
    expect(status()).toBe('');
  });

  it('names only the checks that are new', () => {
    const { rerender } = render(<FindingsAnnouncer ids={['jargon']} labelOf={labelOf} />);
    rerender(<FindingsAnnouncer ids={['jargon', 'all-caps']} labelOf={labelOf} />);
    advance(1000);
    expect(status()).toBe('New check: Words in capitals');
  });
});
