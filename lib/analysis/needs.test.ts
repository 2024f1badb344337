import { describe, expect, it } from 'vitest';
import type { Need } from '../playbook/signals';
import { buildContext } from './context';
import { raiseNeeds, type RaisedNeed } from './needs';
import { recognisePostTypes } from './post-types/index';
import type { AnalysisInput } from './types';

function needs(text: string, input: Partial<AnalysisInput> = {}, findings: string[] = []): RaisedNeed[] {
  const ctx = buildContext({ platform: 'x', account: 'institution', ...input, text });
  return raiseNeeds({ ctx, postTypes: recognisePostTypes(ctx), findings: new Set(findings) });
}
const ids = (...a: Parameters<typeof needs>): Need[] => needs(...a).map((n) => n.id);

describe('needs', () => {
  it('asks a call for evidence for a deadline and a link, and names the kind that asks', () => {
    const r = needs('The committee has launched a call for evidence on rural buses.');
    expect(r).toEqual(
      expect.arrayContaining([
        { id: 'deadline', because: 'call-for-evidence' },
        { id: 'link', because: 'call-for-evidence' },
      ]),
    );
    const met = ids(
      'Call for evidence on rural buses: send it by 30 June at https://committees.example/buses',
    );
    expect(met).not.toContain('deadline');
    expect(met).not.toContain('link');
  });

  it.each<[string, string]>([
    ['send by a date', 'Call for evidence on rural buses: send your views by 30 January.'],
    ['by a time and a day', 'Call for evidence on rural buses: submissions by 5pm Friday.'],
    ['closes on', 'Our call for evidence on rural buses closes on 12 March.'],
    ['deadline:', 'Call for evidence on rural buses. Deadline: 30 June.'],
    ['by a time alone', 'Call for evidence on rural buses: we need your evidence by 5pm.'],
    ['avant le', 'Appel à contributions sur les bus ruraux : avant le 30 janvier.'],
    ['d’ici le', 'Appel à contributions sur les bus ruraux : réponses d’ici le 12 mars.'],
    ['date limite', 'Appel à contributions sur les bus ruraux. Date limite : vendredi 17h.'],
    ['au plus tard', 'Appel à contributions sur les bus ruraux, au plus tard le 3 avril.'],
  ])('takes a closing date as the deadline, and with a link as the call to action (%s)', (_name, text) => {
    const withLink = `${text} https://committees.example/buses`;
    expect(ids(withLink)).not.toContain('deadline');
    expect(ids(withLink)).not.toContain('call-to-action');
    expect(ids(text)).not.toContain('deadline');
  });

  it('asks a call for evidence with a link but no closing date for both', () => {
    const r = ids(
      'The committee has launched a call for evidence on rural buses https://committees.example/buses',
    );
    expect(r).toEqual(expect.arrayContaining(['deadline', 'call-to-action']));
  });

  it('takes "link in bio" as the link on Instagram only', () => {
    const text = 'New report on rural buses: our 12 recommendations, link in bio.';
    expect(ids(text, { platform: 'instagram' })).not.toContain('link');
    expect(ids(text, { platform: 'x' })).toContain('link');
  });

  it('asks for a call to action unless the draft asks something', () => {
    expect(ids('Petition on school meals: 100,000 signatures reached.')).toContain('call-to-action');
    expect(ids('Petition on school meals: sign it before Friday.')).not.toContain('call-to-action');
  });

  it('asks who will answer when replies are invited', () => {
    expect(ids('What do you think? Let us know.')).toContain('moderation');
    expect(ids('The House sits at 2pm.')).not.toContain('moderation');
  });

  it('asks a Q&A for moderation always, a call for evidence only when it invites replies under the post', () => {
    expect(needs('Ask the Speaker: send your questions for Friday.')).toContainEqual({
      id: 'moderation',
      because: 'questions-answers',
    });
    const byForm =
      'Call for evidence on rural buses: submit evidence by 30 June at https://committees.example/buses';
    expect(ids(byForm)).not.toContain('moderation');
    expect(needs(`${byForm}, or tell us in the comments.`)).toContainEqual({
      id: 'moderation',
      because: 'call-for-evidence',
    });
  });

  it('asks for captions and alt text from the media the site reports', () => {
    const some = { images: 2, imagesWithAlt: 1, videos: 1, videosWithCaptions: 0 };
    expect(ids('Photos from today.', { media: some })).toEqual(
      expect.arrayContaining(['captions', 'alt-text']),
    );
    const all = { images: 2, imagesWithAlt: 2, videos: 1, videosWithCaptions: 1 };
    expect(ids('Photos from today.', { media: all })).not.toEqual(expect.arrayContaining(['alt-text']));
  });

  it("asks for impartial wording on the institution's account only", () => {
    const text = 'The Renters’ Rights Bill was passed by 312 votes to 201.';
    expect(ids(text)).toContain('impartial-wording');
    expect(ids(text, { account: 'member' })).not.toContain('impartial-wording');
    expect(ids('A fine day.', {}, ['partisan-language'])).toContain('impartial-wording');
  });

  it('asks for plain words for jargon, and for an amendment in a vote result', () => {
    expect(ids('Amendment 12 was rejected by 300 votes to 250.')).toContain('plain-explanation');
    // Jargon brings its own tips as a finding; the need is what the kind of post must explain.
    expect(ids('A fine day.', {}, ['jargon'])).not.toContain('plain-explanation');
    expect(ids('A fine day.')).not.toContain('plain-explanation');
  });

  it('asks an explainer for plain words only when it names a procedure', () => {
    expect(needs('How does a second reading work? Here is how.')).toContainEqual({
      id: 'plain-explanation',
      because: 'explainer',
    });
    expect(ids('How does Parliament choose its Speaker? Here is how.')).not.toContain('plain-explanation');
  });

  it('asks an event when it is', () => {
    expect(ids('Open day: guided tours of the Chamber.')).toContain('time-and-place');
    expect(ids('Open day on Saturday 14 June: guided tours of the Chamber.')).not.toContain('time-and-place');
  });

  it('asks for consent when young people are pictured', () => {
    const pictured = { images: 1, imagesWithAlt: 1, videos: 0, videosWithCaptions: 0 };
    expect(ids('Pupils from 40 schools at the Youth Parliament.', { media: pictured })).toContain('consent');
    expect(ids('Pupils from 40 schools at the Youth Parliament.')).not.toContain('consent');
  });

  it('asks a correction to lead with the fact, and a bare thread opener to say something', () => {
    expect(ids('It is not true that MPs voted themselves a pay rise.')).toContain('lead-with-fact');
    expect(ids('1/ A thread 🧵')).toContain('strong-opener');
    expect(
      ids(
        '1/ Today the Finance Committee published its report on energy bills, with twelve recommendations for households.',
      ),
    ).not.toContain('strong-opener');
  });
});
