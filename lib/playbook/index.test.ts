import { describe, expect, it } from 'vitest';
import sample from '../../docs/sample-content-pack.json';
import { contentLocale, getPlaybook, parsePack } from './index';

function samplePack() {
  const result = parsePack(JSON.stringify(sample));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.pack;
}

describe('getPlaybook', () => {
  it('falls back to English for languages the content does not have', () => {
    expect(contentLocale('es')).toBe('en');
    expect(contentLocale('fr-CA')).toBe('fr');
    expect(contentLocale('FR')).toBe('fr');
    expect(getPlaybook('ar').locale).toBe('en');
    expect(getPlaybook('ar').tips).toBe(getPlaybook('en').tips);
  });

  it('builds the built-in playbook once per locale', () => {
    expect(getPlaybook('fr').tips).toBe(getPlaybook('fr').tips);
    expect(getPlaybook('fr').facts.size).toBeGreaterThan(250);
  });

  it('puts pack content after the built-in content, leaving the built-in lists untouched', () => {
    const builtIn = getPlaybook('en');
    const before = builtIn.tips.length;
    const merged = getPlaybook('en', [samplePack()]);
    expect(merged.tips.length).toBe(before + 3);
    expect(merged.tips.slice(0, before)).toEqual(builtIn.tips);
    expect(merged.tips.slice(before).every((t) => typeof t.origin === 'object')).toBe(true);
    expect(getPlaybook('en').tips.length).toBe(before);
    expect(merged.parliaments.map((p) => p.id)).toContain('zz-sample');
  });

  it('gives pack text in the asked locale', () => {
    const fr = getPlaybook('fr', [samplePack()]);
    expect(fr.tips.find((t) => t.id === 'sample-weekly-report')?.title).toBe(
      'Envoyer la note du vendredi au Secrétaire général',
    );
  });
});
