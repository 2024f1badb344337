/**
 * The panel's colour tokens (entrypoints/sidepanel/style.css) keep WCAG contrast in both themes:
 * 4.5:1 for text on the backgrounds it is shown on, 3:1 for control borders and the focus ring.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../entrypoints/sidepanel/style.css', import.meta.url), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!]),
  );
}

const light = tokens(/:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '');
const dark = {
  ...light,
  ...tokens(/prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? ''),
};

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** [foreground, background, minimum ratio] */
const PAIRS: Array<[string, string, number]> = [
  ['fg', 'bg', 4.5],
  ['fg', 'surface', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'surface', 4.5],
  ['link', 'bg', 4.5],
  ['link', 'surface', 4.5],
  ['accent-fg', 'accent', 4.5],
  ['error', 'bg', 4.5],
  ['error', 'surface', 4.5],
  ['error', 'error-bg', 4.5],
  ['warning', 'surface', 4.5],
  ['warning', 'warning-bg', 4.5],
  ['info', 'surface', 4.5],
  ['info', 'info-bg', 4.5],
  ['fg', 'error-bg', 4.5],
  ['fg', 'warning-bg', 4.5],
  ['fg', 'info-bg', 4.5],
  ['line', 'bg', 3],
  ['focus', 'bg', 3],
  ['accent', 'bg', 3],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_name, theme) => {
  it('defines every colour token', () => {
    for (const [fg, bg] of PAIRS) {
      expect(theme[fg], fg).toMatch(/^#/);
      expect(theme[bg], bg).toMatch(/^#/);
    }
  });

  it.each(PAIRS)('%s on %s reaches %s:1', (fg, bg, min) => {
    expect(contrast(theme[fg]!, theme[bg]!)).toBeGreaterThanOrEqual(min);
  });

  it('is the theme it says: a light or a dark background', () => {
    expect(luminance(theme.bg!) > 0.5).toBe(_name === 'light');
  });
});
