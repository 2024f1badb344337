import type { PostTypeRecogniser } from './types';

/**
 * "A morning at St Anne's Primary", "visit to Kirkby Food Bank", "matinée à l'école Jules-Ferry": a
 * member spending time at a named place. Only members' posts reach this kind, and a member's visit to a
 * school, a business or a charity is the everyday constituency post, even when it never says
 * "constituency". A day at Westminster or in the Assemblée is the member's parliamentary work, not this.
 */
const VISIT_TO_A_NAMED_PLACE = new RegExp(
  [
    String.raw`\b(?:(?:[Mm]orning|[Aa]fternoon|[Ee]vening|[Dd]ay|[Vv]isit)\s+(?:at|to)|[Vv]isit(?:ed|ing))\s+(?:the\s+)?`,
    String.raw`(\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)*`,
    String.raw`|(?<![\p{L}])(?:[Mm]atinée|[Aa]près-midi|[Ss]oirée|[Jj]ournée|[Vv]isite|[Vv]isité)\s+(?:à|au|aux|chez)\s+`,
    String.raw`(?:l['’]|la\s+|le\s+|les\s+)?(?:\p{Ll}+\s+)?(\p{Lu}[\p{L}'’-]*)`,
  ].join(''),
  'gu',
);

/** Places that are Parliament itself, by their first word. */
const PARLIAMENT_PLACES: ReadonlySet<string> = new Set([
  'westminster',
  'parliament',
  'portcullis',
  'chamber',
  'palace',
  'commons',
  'lords',
  'holyrood',
  'senedd',
  'stormont',
  'parlement',
  'assemblée',
  'sénat',
  'palais',
  'hémicycle',
  'chambre',
]);

function localVisit(text: string): string | undefined {
  for (const m of text.matchAll(VISIT_TO_A_NAMED_PLACE)) {
    if (!PARLIAMENT_PLACES.has((m[1] ?? m[2] ?? '').toLowerCase())) return m[0];
  }
  return undefined;
}

/** A member's work in and for their constituency: surgeries, local visits, local people and places. */
export const constituency: PostTypeRecogniser = {
  id: 'constituency',
  accounts: ['member'],
  detect: ({ text }) => localVisit(text),
  strong: [
    'advice surgery',
    'constituency',
    'constituents',
    'my surgery',
    'local residents',
    'local businesses',
    'local people',
    'local families',
    'local school',
    'local schools',
    'local charity',
    'local charities',
    'local groups',
    'local volunteers',
    'food bank',
    'high street',
    'in my area',
    'our area',
    'my patch',
    'circonscription',
    'permanence',
    'habitants',
    'élus locaux',
    'mon territoire',
    'notre territoire',
    'sur le terrain',
    'à la rencontre',
    'j’ai rencontré',
    'j’ai visité',
    'j’ai rendu visite',
    'en visite',
    'conseil municipal',
    'mairie',
    'commerçants',
    'associations locales',
    'acteurs locaux',
  ],
  weak: ['surgery', 'local', 'residents', 'community', 'town', 'village', 'commune', 'quartier', 'maire'],
};
