import { describe, expect, it } from 'vitest';
import { POST_TYPES, type PostType } from '../../playbook/signals';
import { buildContext } from '../context';
import { phraseKeys } from '../text/words';
import type { AnalysisInput } from '../types';
import { MAX_POST_TYPES, RECOGNISERS, recognisePostTypes } from './index';

const kinds = (text: string, input: Partial<AnalysisInput> = {}): PostType[] =>
  recognisePostTypes(buildContext({ platform: 'x', ...input, text })).map((p) => p.id);

describe('post type recognisers', () => {
  it('has exactly one recogniser per post type', () => {
    expect(RECOGNISERS.map((r) => r.id).sort()).toEqual([...POST_TYPES].sort());
  });

  it('gives each phrase to one post type only, so one matcher can serve them all', () => {
    const owner = new Map<string, PostType>();
    const clashes: string[] = [];
    for (const r of RECOGNISERS) {
      for (const p of [...r.strong, ...(r.weak ?? [])]) {
        const key = phraseKeys(p).join(' ');
        const prev = owner.get(key);
        if (prev !== undefined && prev !== r.id) clashes.push(`${p}: ${prev} and ${r.id}`);
        owner.set(key, r.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  // Each kind in English and French, and a near miss that must not read as it.
  it.each<[PostType, string, string, string]>([
    [
      'call-for-evidence',
      'The Health Committee has launched a call for evidence on GP access. Tell us about your experience.',
      'La commission lance une consultation publique : donnez votre avis sur l’accès aux soins.',
      'The Health Committee met today.',
    ],
    [
      'live-coverage',
      'Happening now: MPs debate the Schools Bill. Watch live.',
      'En direct : suivez le débat sur le projet de loi de finances.',
      'The debate is on Tuesday.',
    ],
    [
      'vote-result',
      'The Assisted Dying Bill was passed by 314 votes to 291.',
      'L’Assemblée a adopté le texte par 312 voix pour et 198 voix contre.',
      'A vote on the bill is expected.',
    ],
    [
      'report-published',
      'Our new report on rural buses makes 12 recommendations.',
      'La commission publie son rapport sur les déserts médicaux.',
      'MPs will report back.',
    ],
    [
      'explainer',
      'What happens when a bill reaches the Lords? Here’s how it works.',
      'Le saviez-vous ? Comment fonctionne une commission mixte paritaire.',
      'The bill reaches the Lords.',
    ],
    [
      'event-visit',
      'Open day on Saturday: guided tours of the Chamber, free entry.',
      'Journée portes ouvertes samedi : visites guidées et exposition.',
      'Saturday.',
    ],
    [
      'petition',
      'The petition on school meals passed 100,000 signatures.',
      'La pétition sur les retraites a dépassé 100 000 signataires.',
      'Meals at school.',
    ],
    [
      'youth-schools',
      'Pupils from 40 schools took part in the Youth Parliament today.',
      'Des élèves de 40 écoles ont siégé au Parlement des jeunes.',
      'Members took part today.',
    ],
    [
      'recruitment',
      'We’re hiring: a digital content officer to join our team.',
      'Nous recrutons : offre de stage au service de la communication.',
      'Join the debate.',
    ],
    [
      'service-notice',
      'The visitor entrance will be closed on Monday for maintenance.',
      'Le Palais sera fermé lundi : fermeture pour travaux.',
      'Monday.',
    ],
    [
      'correction',
      'It is not true that MPs voted themselves a pay rise. This claim is misleading.',
      'Contrairement à une rumeur, les députés n’ont pas voté leur augmentation.',
      'MPs voted.',
    ],
    [
      'anniversary',
      '100 years ago today, the first women took their seats.',
      'Il y a 100 ans, jour pour jour, les premières femmes entraient à l’Assemblée.',
      'Women took their seats.',
    ],
    [
      'questions-answers',
      'Q&A at 2pm: send your questions to the Speaker.',
      'Posez vos questions à la présidente, elle y répondra jeudi.',
      'Members asked the minister.',
    ],
    [
      'international',
      'A delegation of the Inter-Parliamentary Union visited today.',
      'Une délégation de l’Union interparlementaire est reçue aujourd’hui.',
      'Visitors came today.',
    ],
    [
      'performance',
      'Our year in numbers: 48,000 new followers.',
      'Notre bilan en chiffres : 48 000 nouveaux abonnés.',
      'Our year.',
    ],
    [
      'thread-opener',
      '1/ Five things to know about today’s budget statement',
      'Un fil 🧵 sur le budget',
      'The budget is 1/3 larger than last year’s.',
    ],
    [
      'week-ahead',
      'Coming up this week in Parliament: the budget and two bills.',
      'Cette semaine à l’ordre du jour : le budget.',
      'The budget.',
    ],
    [
      'behind-the-scenes',
      'Behind the scenes: meet the team of Hansard reporters.',
      'Dans les coulisses : rencontrez les huissiers de l’Assemblée.',
      'The team won.',
    ],
  ])('%s', (kind, en, fr, miss) => {
    expect(kinds(en)).toContain(kind);
    expect(kinds(fr)).toContain(kind);
    expect(kinds(miss)).not.toContain(kind);
  });

  it.each<[PostType, string, string]>([
    [
      'constituency',
      'Good to meet constituents at my advice surgery in Ashford this morning.',
      'Permanence ce matin dans ma circonscription : merci aux habitants venus nombreux.',
    ],
    [
      'political-position',
      'This shameful Government has failed our town. I will vote against this budget.',
      'Ce gouvernement méprisant : je voterai contre ce budget.',
    ],
  ])("%s: a member's post", (kind, en, fr) => {
    expect(kinds(en, { account: 'member' })).toContain(kind);
    expect(kinds(fr, { account: 'member' })).toContain(kind);
  });

  // A member's local visit or surgery, in English and French, and near misses that are not local work.
  it.each<[string, boolean]>([
    ["Brilliant morning at St Anne's Primary answering questions from Year 6.", true],
    ['Great visit to Kirkby Food Bank today, thank you to every volunteer.', true],
    ['Today I visited Ashford Hospital to hear from staff about waiting lists.', true],
    ['Proud to support our high street: independent shops are the heart of Ashford.', true],
    ['Belle matinée à l’école Jules-Ferry de Lens avec les CM2.', true],
    ['Visite chez Dupont & Fils, une entreprise familiale qui embauche.', true],
    ['Sur le terrain ce matin avec les agriculteurs du canton.', true],
    ['J’ai rencontré les commerçants du centre-ville.', true],
    ['Long day at Westminster: three votes on the Finance Bill.', false],
    ['Journée à l’Assemblée : examen du budget en commission.', false],
    ['Visit to the Chamber for the State Opening.', false],
    ['I will vote against this budget on Tuesday.', false],
  ])('constituency work, member: %s', (text, isLocal) => {
    expect(kinds(text, { account: 'member' }).includes('constituency')).toBe(isLocal);
  });

  it("gives the visit that gave a member's post away as its evidence", () => {
    const r = recognisePostTypes(
      buildContext({ platform: 'x', account: 'member', text: 'Lovely afternoon at Hartley Care Home.' }),
    );
    expect(r.find((p) => p.id === 'constituency')?.evidence).toBe('afternoon at Hartley Care Home');
  });

  // Procedural explainers: how a bill becomes law, what a reading or a stage is, in English and French.
  it.each<[string, boolean]>([
    ['How a bill becomes law, in 6 cards: from first reading to Royal Assent.', true],
    ['Find out how MPs scrutinise a bill at committee stage.', true],
    ['Second reading, committee stage, report stage: the stages of a bill in plain English.', true],
    ['Découvrez en 3 minutes comment une proposition de loi arrive dans l’hémicycle.', true],
    ['La navette parlementaire expliquée : première lecture, commission mixte paritaire, dernier mot.', true],
    ['Pour comprendre comment le Parlement vote le budget, suivez le guide.', true],
    // Procedure names alone, in a result or a live post, are not an explanation.
    ['The Schools Bill passed its second reading by 310 votes to 200.', false],
    ['Le texte a été adopté en première lecture.', false],
    ['Happening now: committee stage of the Energy Bill. Watch live.', false],
    ['Find out more on our website.', false],
  ])('procedural explainer: %s', (text, isExplainer) => {
    expect(kinds(text).includes('explainer')).toBe(isExplainer);
  });

  it("does not take the institution's own post for a member's constituency work", () => {
    expect(
      kinds('Good to meet constituents at my advice surgery.', { account: 'institution' }),
    ).not.toContain('constituency');
  });

  it('needs a strong cue or three weak words, and counts each phrase once', () => {
    expect(kinds('vote vote vote')).toEqual([]);
    expect(kinds('The amendment vote')).not.toContain('vote-result');
    expect(kinds('The amendment vote: 300 votes to 250')).toContain('vote-result');
  });

  it('keeps the strongest few, with the words that show each', () => {
    const r = recognisePostTypes(
      buildContext({
        platform: 'x',
        text: 'LIVE NOW: the Youth Parliament debates a petition, then votes. 100 years ago the first youth sitting took place. Q&A after.',
      }),
    );
    expect(r.length).toBe(MAX_POST_TYPES);
    for (const p of r) expect(p.evidence.length).toBeGreaterThan(0);
    expect(r.map((p) => p.strength)).toEqual([...r.map((p) => p.strength)].sort((a, b) => b - a));
  });

  it('takes "live from" as coverage as it happens, the way broadcasters open a live post', () => {
    expect(kinds('Budget debate live from 14:00 today #Budget2027')).toContain('live-coverage');
    expect(kinds('Budget debate on Tuesday #Budget2027')).not.toContain('live-coverage');
  });

  it('reads a day-by-day agenda as the week ahead, but not a passing "this week"', () => {
    expect(kinds('Mon – Finance Bill; Tue – Opposition Day; Wed – PMQs')).toContain('week-ahead');
    expect(kinds('Lundi : budget. Mardi : audition. Jeudi : niche parlementaire.')).toContain('week-ahead');
    expect(kinds('Semaine parlementaire du 3 au 7 mars')).toContain('week-ahead');
    expect(kinds('The committee meets on Monday and Tuesday.')).not.toContain('week-ahead');
    expect(kinds('Proud to lead our delegation to the IPU Assembly this week.')).toEqual(['international']);
    expect(kinds('Open day on Saturday. Au programme : the chamber and the library.')).not.toContain(
      'week-ahead',
    );
  });

  it('takes heritage days for heritage', () => {
    expect(kinds('Heritage Open Days: the Parliament building opens its doors.')).toContain('anniversary');
    expect(kinds('Journées européennes du patrimoine : le Sénat ouvre ses portes.')).toContain('anniversary');
  });

  it('lets weak words alone recognise a kind only when nothing has a strong cue', () => {
    // Three weak cues of live coverage (debate, hearings, live streams) in a year-in-numbers post.
    const figures =
      'Our year in numbers: 1,284 hours of debate, 312 hearings and 2 million views of our live streams.';
    expect(kinds(figures)).toContain('performance');
    expect(kinds(figures)).not.toContain('live-coverage');
    expect(kinds('Hours of debate, hearings and live streams.')).toContain('live-coverage');
  });

  it('recognises nothing in an empty or wordless draft', () => {
    expect(kinds('')).toEqual([]);
    expect(kinds('🎉🎉 https://example.org')).toEqual([]);
  });
});
