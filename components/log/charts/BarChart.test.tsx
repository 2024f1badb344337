/** @vitest-environment happy-dom */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from './BarChart';

afterEach(cleanup);

const widths = (container: Element) =>
  [...container.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));

describe('BarChart', () => {
  const data = [
    { label: 'Impressions', value: 12_400 },
    { label: 'Engagements', value: 310 },
  ];
  // width 320: labels take 38%, values 48 px, the plot the rest.
  const plot = 320 - 320 * 0.38 - 48;

  it('draws every bar on one scale by default', () => {
    const { container } = render(<BarChart data={data} targets={[undefined, 500]} />);
    const [impressions, engagements] = widths(container);
    expect(impressions).toBeCloseTo(plot);
    expect(engagements).toBeCloseTo((310 / 12_400) * plot);
  });

  it('per target: each bar against its own target; a row without one shows no bar', () => {
    const { container } = render(<BarChart data={data} targets={[undefined, 500]} scale="per-target" />);
    const [impressions, engagements] = widths(container);
    expect(impressions).toBe(0);
    expect(engagements).toBeCloseTo((310 / 500) * plot);
    const mark = container.querySelector('line');
    expect(Number(mark?.getAttribute('x1'))).toBeCloseTo(320 * 0.38 + plot);
    expect(container.textContent).toContain('12400');
  });

  it('shortens long labels', () => {
    const { container } = render(
      <BarChart data={[{ label: 'A very long finding name indeed', value: 1 }]} />,
    );
    expect(container.querySelector('text')?.textContent).toBe('A very long finding…');
  });
});
