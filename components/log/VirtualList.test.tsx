/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VirtualList, windowFor } from './VirtualList';

afterEach(cleanup);

describe('windowFor', () => {
  it.each([
    [0, 300, 30, 1000, 2, { start: 0, end: 13 }],
    [3000, 300, 30, 1000, 2, { start: 98, end: 113 }],
    [29_990, 300, 30, 1000, 2, { start: 997, end: 1000 }],
    [-50, 300, 30, 5, 0, { start: 0, end: 5 }],
  ])('scrollTop %i, viewport %i, rows of %i, %i rows, overscan %i', (top, vp, rh, count, over, expected) => {
    expect(windowFor(top, vp, rh, count, over)).toEqual(expected);
  });
});

describe('VirtualList', () => {
  it('renders only the rows in view, with their true position, and follows scrolling', () => {
    const onRangeChange = vi.fn();
    const renderRow = vi.fn((i: number) => <span>Row {i}</span>);
    render(
      <VirtualList
        count={100_000}
        rowHeight={40}
        height={400}
        overscan={2}
        label="Entries"
        renderRow={renderRow}
        rowKey={(i) => i}
        onRangeChange={onRangeChange}
      />,
    );
    const list = screen.getByRole('list', { name: 'Entries' });
    expect(list.style.height).toBe('4000000px');
    let items = screen.getAllByRole('listitem');
    expect(items.length).toBeLessThan(20);
    expect(items[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(items[0]?.getAttribute('aria-setsize')).toBe('100000');
    expect(onRangeChange).toHaveBeenLastCalledWith(0, 13);

    const scroller = list.parentElement as HTMLElement;
    scroller.scrollTop = 40 * 50_000;
    fireEvent.scroll(scroller);
    items = screen.getAllByRole('listitem');
    expect(screen.getByText('Row 50000')).toBeTruthy();
    expect(items[0]?.style.top).toBe(`${40 * 49_998}px`);
    expect(onRangeChange).toHaveBeenLastCalledWith(49_998, 50_013);
    expect(renderRow.mock.calls.length).toBeLessThan(60);
  });
});
