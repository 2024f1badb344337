import { describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '../messaging/setting-keys';
import { createSitesModel } from './sites-model';

function memorySettings(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: async (key: string) => data.get(key),
    set: async (key: string, v: unknown) => void data.set(key, v),
  };
}

describe('sites model', () => {
  it('starts with every site on', async () => {
    const model = createSitesModel({ settings: memorySettings() });
    await model.load();
    expect(model.off.value).toEqual([]);
  });

  it('reads the stored list, dropping what is not a site, in the panel’s order', async () => {
    const settings = memorySettings({ [SETTING_KEYS.sitesOff]: ['youtube', 'myspace', 3, 'x', 'x'] });
    const model = createSitesModel({ settings });
    await model.load();
    expect(model.off.value).toEqual(['x', 'youtube']);
  });

  it.each([['not a list'], [{ x: true }], [null]])('treats %j as every site on', async (stored) => {
    const model = createSitesModel({ settings: memorySettings({ [SETTING_KEYS.sitesOff]: stored }) });
    await model.load();
    expect(model.off.value).toEqual([]);
  });

  it('switches a site off and on again, and stores the list', async () => {
    const settings = memorySettings();
    const model = createSitesModel({ settings });
    await model.load();
    await model.setSiteOn('bluesky', false);
    await model.setSiteOn('x', false);
    expect(settings.data.get(SETTING_KEYS.sitesOff)).toEqual(['x', 'bluesky']);
    await model.setSiteOn('x', true);
    await model.setSiteOn('x', true);
    expect(model.off.value).toEqual(['bluesky']);
    expect(settings.data.get(SETTING_KEYS.sitesOff)).toEqual(['bluesky']);
  });
});
