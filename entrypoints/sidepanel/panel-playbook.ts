import { signal, type Signal } from '@preact/signals';
import { topicLabel } from '../../components/playbook/labels';
import { currentLocale, loadWithLocale } from '../../lib/i18n';
import { loadPlaybookFor, type ContentPack } from '../../lib/playbook';
import { createPlaybookModel, type PlaybookModel } from '../../lib/state/playbook-model';
import { loadPacks } from './packs';

/** The panel's playbook: the model of the Playbook view and the installed packs it merges in. */
export interface PanelPlaybook {
  model: PlaybookModel;
  packs: Signal<readonly ContentPack[]>;
}

/**
 * Loads the playbook's code, its words in the panel's language and the installed packs. The panel
 * imports this module after its first paint, so the checks show without waiting for the playbook.
 */
export async function loadPanelPlaybook(): Promise<PanelPlaybook> {
  // From now on a change of language waits for its playbook words too.
  loadWithLocale(loadPlaybookFor);
  const [stored] = await Promise.all([loadPacks(), loadWordsOfCurrentLocale()]);
  const packs = signal<readonly ContentPack[]>(stored);
  const model = createPlaybookModel({
    locale: currentLocale,
    packs,
    topicLabel: (topic) => topicLabel(topic),
  });
  return { model, packs };
}

/** A language chosen while this code was loading switched without the playbook's words: load them too. */
async function loadWordsOfCurrentLocale(): Promise<void> {
  let locale: string;
  do {
    locale = currentLocale.peek();
    await loadPlaybookFor(locale);
  } while (currentLocale.peek() !== locale);
}
