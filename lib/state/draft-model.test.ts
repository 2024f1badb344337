import { afterEach, describe, expect, it } from 'vitest';
import type { TabState } from '../messaging/protocol';
import { createDraftModel, type DraftModel } from './draft-model';

const CALL = 'The committee is inviting submissions to its inquiry into rural housing. Send us your views.';

function liveTab(composerId: string, text: string, url = 'https://x.com/compose/post'): TabState {
  return {
    tabId: 7,
    platform: 'x',
    url,
    status: 'composer',
    composers: 1,
    draft: { composerId, text, at: 1 },
    updatedAt: 1,
  };
}

let model: DraftModel;
afterEach(() => model?.dispose());

describe('the kind of post the user chose', () => {
  it('overrides what the analysis recognises, and says it was chosen', () => {
    model = createDraftModel();
    model.manualText.value = CALL;
    expect(model.analysis.value.postTypes.map((p) => [p.id, p.chosen])).toContainEqual([
      'call-for-evidence',
      false,
    ]);
    model.postTypeChoice.value = ['vote-result'];
    expect(model.analysis.value.postTypes).toEqual([{ id: 'vote-result', evidence: '', chosen: true }]);
  });

  it('stays while the same draft is edited', () => {
    model = createDraftModel();
    model.tab.value = liveTab('c1', CALL);
    model.postTypeChoice.value = ['petition'];
    model.tab.value = liveTab('c1', `${CALL} Closing date 12 March.`);
    expect(model.postTypeChoice.value).toEqual(['petition']);
  });

  it('is dropped when the draft is emptied', () => {
    model = createDraftModel();
    model.manualText.value = CALL;
    model.postTypeChoice.value = ['petition'];
    model.manualText.value = '   ';
    expect(model.postTypeChoice.value).toBeUndefined();
    model.manualText.value = CALL;
    expect(model.analysis.value.postTypes.every((p) => !p.chosen)).toBe(true);
  });

  it('is dropped when another post takes the draft’s place', () => {
    model = createDraftModel();
    model.tab.value = liveTab('c1', CALL);
    model.postTypeChoice.value = ['petition'];
    model.tab.value = liveTab('c2', CALL);
    expect(model.postTypeChoice.value).toBeUndefined();

    model.postTypeChoice.value = ['petition'];
    model.tab.value = liveTab('c2', CALL, 'https://x.com/home');
    expect(model.postTypeChoice.value).toBeUndefined();

    model.postTypeChoice.value = ['petition'];
    model.preferManual.value = true;
    model.manualText.value = CALL;
    expect(model.postTypeChoice.value).toBeUndefined();
  });
});

describe("Mastodon's content warning", () => {
  it('counts toward the live draft’s length, and not toward a draft typed in the panel', () => {
    model = createDraftModel();
    model.tab.value = {
      ...liveTab('c1', 'Tonight'),
      platform: 'mastodon',
      url: 'https://social.example/home',
      draft: { composerId: 'c1', text: 'Tonight', contentWarning: 'Budget', at: 1 },
    };
    expect(model.analysis.value.length.used).toBe('Tonight'.length + 'Budget'.length);
    model.preferManual.value = true;
    model.manualPlatform.value = 'mastodon';
    model.manualText.value = 'Tonight';
    expect(model.analysis.value.length.used).toBe('Tonight'.length);
  });
});
