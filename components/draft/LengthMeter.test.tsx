/** @vitest-environment happy-dom */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LengthMeter } from './LengthMeter';

afterEach(cleanup);

describe('LengthMeter', () => {
  it.each([
    [100, 280, 'ok', '180 left'],
    [275, 280, 'near', '5 left'],
    [300, 280, 'over', '20 over the limit'],
    [2900, 3000, 'near', '100 left'],
  ])('%i of %i is %s', (used, limit, state, words) => {
    const { container } = render(<LengthMeter used={used} limit={limit} platformLabel="X" />);
    expect(container.querySelector('.length-meter')?.className).toContain(`length-meter--${state}`);
    expect(screen.getByTestId('length-meter').textContent).toContain(words);
    const meter = container.querySelector('meter');
    expect(meter?.getAttribute('aria-label')).toBe('Length on X');
    expect(Number(meter?.getAttribute('value'))).toBe(Math.min(used, limit));
  });
});
