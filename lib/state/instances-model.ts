import { batch, signal, type ReadonlySignal } from '@preact/signals';
import { instanceOrigin, normalizeInstanceHost } from '../messaging/mastodon-host';
import {
  MastodonInstanceSchema,
  MastodonInstancesSchema,
  SETTING_KEYS,
  type HandlerResult,
  type MastodonInstance,
  type PanelMessage,
} from '../messaging/protocol';

/** Why adding an instance did not work, for the panel to put in words. */
export type InstanceProblem = { kind: 'invalid' } | { kind: 'denied' } | { kind: 'failed'; message: string };

export interface InstancesModelDeps {
  settings: { get(key: string): Promise<unknown> };
  /**
   * permissions.request({ origins: [origin] }). Called synchronously from `add`, so the click that
   * adds an instance is still the user gesture the browser requires.
   */
  requestPermission(origin: string): Promise<boolean>;
  send(message: PanelMessage): Promise<HandlerResult>;
}

export interface InstancesModel {
  instances: ReadonlySignal<MastodonInstance[]>;
  /** The host being added, while it is. */
  adding: ReadonlySignal<string | null>;
  problem: ReadonlySignal<InstanceProblem | null>;
  /** The host added last, to announce. */
  added: ReadonlySignal<string | null>;
  load(): Promise<void>;
  /** Asks for the origin (in the caller's user gesture), then has the background register it. */
  add(input: string): Promise<boolean>;
  remove(host: string): Promise<void>;
  /** The limit of the instance serving `url`, when it is one of the user's. */
  limitFor(url: string | undefined): number | undefined;
}

/** The user's Mastodon instances, for the panel: add (with the permission prompt), list, remove. */
export function createInstancesModel(deps: InstancesModelDeps): InstancesModel {
  const instances = signal<MastodonInstance[]>([]);
  const adding = signal<string | null>(null);
  const problem = signal<InstanceProblem | null>(null);
  const added = signal<string | null>(null);

  async function load(): Promise<void> {
    const parsed = MastodonInstancesSchema.safeParse(await deps.settings.get(SETTING_KEYS.mastodonInstances));
    instances.value = parsed.success ? parsed.data : [];
  }

  async function finishAdd(host: string, permission: Promise<boolean>): Promise<boolean> {
    try {
      if (!(await permission)) {
        problem.value = { kind: 'denied' };
        return false;
      }
      const result = await deps.send({ type: 'panel:mastodon-add', host });
      if (!result.ok) {
        problem.value = { kind: 'failed', message: result.error };
        return false;
      }
      const instance = MastodonInstanceSchema.safeParse(result.data);
      await load();
      if (instance.success && !instances.value.some((i) => i.host === instance.data.host)) {
        instances.value = [...instances.value, instance.data];
      }
      added.value = host;
      return true;
    } catch (e) {
      problem.value = { kind: 'failed', message: e instanceof Error ? e.message : String(e) };
      return false;
    } finally {
      adding.value = null;
    }
  }

  return {
    instances,
    adding,
    problem,
    added,
    load,

    add(input) {
      const host = normalizeInstanceHost(input);
      batch(() => {
        problem.value = host ? null : { kind: 'invalid' };
        added.value = null;
        adding.value = host;
      });
      if (!host) return Promise.resolve(false);
      // No await before this line: the browser only shows its prompt inside the user's click.
      let permission: Promise<boolean>;
      try {
        permission = deps.requestPermission(instanceOrigin(host));
      } catch (e) {
        permission = Promise.reject(e);
      }
      return finishAdd(host, permission);
    },

    async remove(host) {
      problem.value = null;
      const result = await deps.send({ type: 'panel:mastodon-remove', host });
      if (!result.ok) problem.value = { kind: 'failed', message: result.error };
      await load();
    },

    limitFor(url) {
      if (!url) return undefined;
      let host: string;
      try {
        host = new URL(url).hostname;
      } catch {
        return undefined;
      }
      return instances.value.find((i) => i.host === host)?.limit;
    },
  };
}
