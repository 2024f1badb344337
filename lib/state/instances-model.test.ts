import { describe, expect, it } from 'vitest';
import type { HandlerResult, PanelMessage } from '../messaging/protocol';
import { createInstancesModel } from './instances-model';

function setup(options: { grant?: boolean; answer?: HandlerResult } = {}) {
  const log: string[] = [];
  const stored = new Map<string, unknown>();
  const sent: PanelMessage[] = [];
  const model = createInstancesModel({
    settings: { get: async (key) => stored.get(key) },
    requestPermission: (origin) => {
      log.push(`request ${origin}`);
      return Promise.resolve(options.grant ?? true);
    },
    send: async (message) => {
      sent.push(message);
      if (message.type === 'panel:mastodon-add') {
        const instance = { host: message.host, limit: 1000, limitSource: 'v2', addedAt: 1 };
        stored.set('mastodon.instances', [instance]);
        return options.answer ?? { ok: true, data: instance };
      }
      stored.set('mastodon.instances', []);
      return { ok: true };
    },
  });
  return { model, log, sent, stored };
}

describe('instances model', () => {
  it('asks for the permission synchronously, inside the click, before anything is awaited', () => {
    const t = setup();
    const done = t.model.add('https://Mastodon.Example/@me');
    expect(t.log).toEqual(['request https://mastodon.example/*']);
    expect(t.model.adding.value).toBe('mastodon.example');
    return done;
  });

  it('adds a granted instance and knows its limit for pages of that host', async () => {
    const t = setup();
    expect(await t.model.add('mastodon.example')).toBe(true);
    expect(t.sent).toEqual([{ type: 'panel:mastodon-add', host: 'mastodon.example' }]);
    expect(t.model.instances.value).toEqual([
      { host: 'mastodon.example', limit: 1000, limitSource: 'v2', addedAt: 1 },
    ]);
    expect(t.model.added.value).toBe('mastodon.example');
    expect(t.model.adding.value).toBeNull();
    expect(t.model.limitFor('https://mastodon.example/home')).toBe(1000);
    expect(t.model.limitFor('https://other.example/home')).toBeUndefined();
    expect(t.model.limitFor(undefined)).toBeUndefined();
  });

  it('says why an instance was not added: not an address, permission refused, background failure', async () => {
    const invalid = setup();
    expect(await invalid.model.add('not a host')).toBe(false);
    expect(invalid.model.problem.value).toEqual({ kind: 'invalid' });
    expect(invalid.log).toEqual([]);

    const denied = setup({ grant: false });
    expect(await denied.model.add('mastodon.example')).toBe(false);
    expect(denied.model.problem.value).toEqual({ kind: 'denied' });
    expect(denied.sent).toEqual([]);

    const failed = setup({ answer: { ok: false, error: 'could not register' } });
    expect(await failed.model.add('mastodon.example')).toBe(false);
    expect(failed.model.problem.value).toEqual({ kind: 'failed', message: 'could not register' });
  });

  it('removes an instance through the background', async () => {
    const t = setup();
    await t.model.add('mastodon.example');
    await t.model.remove('mastodon.example');
    expect(t.sent.at(-1)).toEqual({ type: 'panel:mastodon-remove', host: 'mastodon.example' });
    expect(t.model.instances.value).toEqual([]);
  });
});
