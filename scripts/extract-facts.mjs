#!/usr/bin/env node
/**
 * One-off helper that drafts lib/playbook/facts.ts from the research briefs in ../shared/research.
 *
 * It reads every fact (`- **UK-04 [OTHER]** ...`), keeps its tag (facts under a "[GUIDE-META]" heading
 * inherit it), picks the first link it gives (or the link of the fact it points to, for "same page" or
 * "(EX-01)" style references) and prints a JSON list of { id, tag, url, hint } so a person can write
 * the readable source labels. The registry itself (lib/playbook/facts.ts) is kept by hand; its test
 * (lib/playbook/facts.test.ts) checks it against the briefs.
 *
 * Usage: node scripts/extract-facts.mjs [researchDir]          (JSON draft, with a hint of each fact)
 *        node scripts/extract-facts.mjs --ts [researchDir]     (lib/playbook/facts.ts, with LABELS below)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const asTs = args.includes('--ts');
const dir = args.find((a) => a !== '--ts') ?? path.resolve(here, '../../shared/research');
const FILES = ['guide-facts.md', 'case-study-facts.md', 'playbook-facts.md'];

const START = /^- \*\*([A-Z]{2}-\d{2,3})(?: \[([A-Z-]+)\])?\*\*/;
const URL_RE = /https?:\/\/[^\s;,)]+/g;
const REF_RE = /\b([A-Z]{2}-\d{2,3})\b/g;

/** @returns {{ id: string, tag: string, text: string, file: string }[]} */
function readFacts(file) {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
  const facts = [];
  let sectionTag = null;
  let current = null;
  for (const line of lines) {
    if (line.startsWith('#')) {
      sectionTag = /\[GUIDE-META\]/.test(line) ? 'GUIDE-META' : null;
      current = null;
      continue;
    }
    const m = START.exec(line);
    if (m) {
      const tag = m[2] ?? sectionTag;
      if (!tag) throw new Error(`${file}: ${m[1]} has no tag`);
      current = { id: m[1], tag, text: line, file };
      facts.push(current);
      continue;
    }
    // A fact runs on over indented or blank lines; anything else at column 0 ends it.
    if (current && (line.trim() === '' || /^\s/.test(line))) current.text += '\n' + line;
    else current = null;
  }
  return facts;
}

const facts = FILES.flatMap(readFacts);
const byId = new Map(facts.map((f) => [f.id, f]));

function firstUrl(fact, seen = new Set()) {
  if (seen.has(fact.id)) return undefined;
  seen.add(fact.id);
  const urls = fact.text.match(URL_RE);
  if (urls?.[0]) return urls[0].replace(/[.*]+$/, '');
  const index = facts.indexOf(fact);
  if (/—\s*same\b/i.test(fact.text) && index > 0) return firstUrl(facts[index - 1], seen);
  for (const [, ref] of fact.text.slice(12).matchAll(REF_RE)) {
    const target = byId.get(ref);
    if (target) {
      const url = firstUrl(target, seen);
      if (url) return url;
    }
  }
  return undefined;
}

const HEADER = `import type { z } from 'zod';
import type { FactSchema } from './schema';

type FactInput = z.input<typeof FactSchema>;

/**
 * Every fact id in ../shared/research/{guide,case-study,playbook}-facts.md, with its source tag and the
 * publication a reader would recognise. Drafted by scripts/extract-facts.mjs, labels written by hand.
 * facts.test.ts keeps this list and the research files in step.
 */
`;

/** Readable source labels, written by hand from each fact's text and link. */
const LABELS = {
  'PB-01': 'INTER PARES news page on the IPU Social media guide, 2021',
  'PB-02': 'INTER PARES news page on the IPU Social media guide, 2021',
  'PB-03': 'INTER PARES news page on the IPU Social media guide, 2021',
  'PB-04': 'IPU Innovation Tracker, issue 8, 2021',
  'PB-05': 'IPU press release (French) on the new social media guide, 2021',
  'PB-06': 'IPU Innovation Tracker, issue 8, 2021',
  'PB-07': 'IPU press release (French) on the new social media guide, 2021',
  'PB-08': 'INTER PARES news page on the IPU Social media guide, 2021',
  'PB-09': 'INTER PARES news page on the IPU Social media guide, 2021',
  'PL-01': 'IPU Social Media Guidelines for Parliaments, 2013 (summary by NDI Tech)',
  'PL-02': 'IPU Social Media Guidelines for Parliaments, 2013 (summary by NDI Tech)',
  'PL-03': 'IPU Social Media Guidelines for Parliaments, 2013 (foreword)',
  'PL-04': 'Andy Williamson, "Effective social media for parliaments", ECPRD presentation, 2013',
  'PL-05': 'Andy Williamson, "Effective social media for parliaments", ECPRD presentation, 2013',
  'PL-06': 'Andy Williamson, "Effective social media for parliaments", ECPRD presentation, 2013',
  'PL-07': 'UK Parliament Labs blog, 2009',
  'PL-08': 'UK Parliament digital blog, 2018 (Instagram strategy)',
  'PL-09': 'UK Parliament digital blog, 2018 (Facebook strategy)',
  'PL-10': 'House of Commons committees engagement blog, 2018',
  'PL-11': 'UK Parliament digital blog, 2018 (Facebook strategy)',
  'PL-12': 'UK Parliament digital blog, 2020',
  'PL-13': 'UK Parliament digital blog, 2018 (Instagram strategy)',
  'PL-14': 'House of Commons freedom-of-information answers, 2017 and 2019',
  'PL-15': 'Tampere University report "Datan alaiset" on Finnish MPs\' digital work, 2021',
  'EX-01': 'House of Commons committees engagement blog, 2016 and 2017',
  'EX-02': 'UK Parliament digital blog, 2017',
  'EX-03': 'House of Commons committees engagement blog, 2016',
  'EX-04': 'UK Parliament digital blog, 2017',
  'EX-05': 'House of Commons committees engagement blog, 2017',
  'EX-06': 'UK Parliament digital blog, 2018 (Facebook strategy)',
  'EX-07': 'House of Commons committees engagement blog, 2018',
  'EX-08': 'UK Parliament digital blog, 2018 (Instagram strategy)',
  'EX-09': 'Altinget (undated) and Delo, 2019, on the Danish and Slovenian launches',
  'EX-10': 'UK Parliament digital blog, 2024 (content policy)',
  'EX-11': 'Limping Chicken, on UK government captioning policies, 2021',
  'EX-12': 'UK Parliament press release on broadcast subtitling, 2023',
  'EX-13': 'House of Commons committees engagement blog, 2016',
  'EX-14': 'Agarwal, Sastry & Wood, "Tweeting MPs" (ICWSM), 2019',
  'EX-15': 'Dagens Nyheter, on Swedish politicians on social media, 2021',
  'EX-16': 'IPU Innovation Tracker web page (undated)',
  'EX-17': 'iKNOW Politics, #YouthinPolitics Twitter chat, 2018',
  'EX-18': 'House of Commons committees engagement blog, 2016',
  'EX-19': 'IPU Social Media Guidelines for Parliaments, 2013 (summary by NDI Tech)',
  'EX-20': 'UK Parliament social media community guidelines (undated web page)',
  'EX-21': 'UK Parliament digital blog, 2020',
  'EX-22': 'New Zealand Parliament social media moderation policy (undated web page)',
  'EX-23': 'IPU press release (French) on the new social media guide, 2021',
  'EX-24': 'UK Parliament written answer on the House of Commons Twitter account, 2020',
  'EX-25': "Delo, on the National Assembly's Instagram launch, 2019",
  'EX-26': 'Eduskunta Facebook page, "About" text (undated)',
  'EX-27': 'Democratic Audit, 2014, on Leston-Bandeira & Bender (Information Polity, 2013)',
  'EX-28': "CIPR evidence to the Speaker's Digital Democracy Commission, 2014",
  'EX-29': 'Delo, 2022, and B.T., 2020, on official versus personal accounts',
  'ME-01': 'IPU Social Media Guidelines for Parliaments, 2013 (summary by NDI Tech)',
  'ME-02': 'House of Commons committees engagement blog, 2016',
  'ME-03': 'UK Parliament digital blog, 2017',
  'ME-04': 'UK Parliament Labs blog, 2009',
  'ME-05': 'House of Commons Liaison Committee report, 2019',
  'DK-00': 'INTER PARES news page on the IPU Social media guide, 2021',
  'DK-01': "Altinget, on the Folketing's Facebook launch (undated)",
  'DK-02': "Framtida.no and M24, on the Storting's youth Instagram account, 2020",
  'FI-00': 'INTER PARES news page on the IPU Social media guide, 2021',
  'FI-01': 'Eduskunta Facebook page, "About" text (undated)',
  'FI-02': 'Lännen Media survey of Finnish MPs, in Turun Sanomat and Kaleva, 2018',
  'FI-03': 'Tampere University study "Datan alaiset" on Finnish MPs\' digital work, 2021',
  'SI-00': 'INTER PARES news page on the IPU Social media guide, 2021',
  'SI-01': "Delo, on the National Assembly's Instagram launch, 2019",
  'SI-02': 'National Assembly of Slovenia website, visiting sittings (undated)',
  'SE-00': 'INTER PARES news page on the IPU Social media guide, 2021',
  'SE-01': 'Riksdag website, the democracy centenary 2018–2022',
  'SE-02': 'Riksdag "Fira demokratin!" microsite, 2018–2022',
  'SE-03': 'Swedish Library Association events calendar, 2021',
  'SE-04': 'Dagens Nyheter, on Swedish politicians on social media, 2021',
  'SE-05': 'Statistics Sweden (SCB), social media page (undated)',
  'UK-00': 'INTER PARES news page on the IPU Social media guide, 2021',
  'UK-01': 'UK Parliament digital blog, 2020; community guidelines; Commons FOI answer, 2019',
  'UK-02': 'UK Parliament digital blog, 2018 (Instagram strategy)',
  'UK-03': 'UK Parliament digital blog, 2018 (Facebook strategy)',
  'UK-04': 'House of Commons committees engagement blog, 2016',
  'UK-05': 'House of Commons committees engagement blog, 2017',
  'UK-06': 'House of Commons committees engagement blog, 2018',
  'UK-07': 'UK Parliament social media community guidelines (undated web page)',
  'UK-08': 'UK Parliament Labs blog, 2009',
  'UK-09': 'House of Commons Administration Committee report, 2023',
  'OF-01': 'IPU Innovation Tracker, issue 8, 2021 (citing the World e-Parliament Report 2018)',
  'OF-02': 'IPU press release on the World e-Parliament Report 2018',
  'OF-03': 'IPU Innovation Tracker, launch of the World e-Parliament Report 2020',
  'OF-04': 'IPU press release on the World e-Parliament Report 2012',
  'OF-05': 'IPU Social Media Guidelines for Parliaments, 2013 (foreword)',
  'OF-06': 'IPU press release on the World e-Parliament Report 2024',
  'OF-07': 'IPU Social Media Guidelines for Parliaments, 2013 (credits)',
  'OF-08': 'IPU 128th Assembly resolution on media and citizen engagement, 2013',
  'OF-09': 'IPU Innovation Tracker, issue 21 (undated)',
  'OF-10': 'IPU–IPEN Public Engagement Hub web page, 2024',
  'OF-11': 'Agarwal, Sastry & Wood, "Tweeting MPs" (ICWSM), 2019',
  'OF-12': "Study of Brazilian federal deputies' social media offices (2019–2022 legislature)",
  'OF-13': 'Kommunikationsanalys, Swedish agencies on social media, 2022',
  'OF-14': 'BBC article on MPs on Instagram, republished c. 2018',
  'DK-10': 'Folketing Administration background note on working methods, 2017',
  'DK-11': 'Folketing website, the Folketing Administration (undated)',
  'DK-12': "Ud & Se magazine, on the Folketing's question service (undated)",
  'DK-13': 'Ekstra Bladet and Politiken, on "Borgen Backstage", 2021',
  'DK-14': 'Skolevalg press page and Danish Ministry of Education, 2021',
  'DK-15': 'Danish Ministry of Education news, 2019',
  'DK-16': 'Kruso case study and Danish Digital Award entry, 2020–2024',
  'DK-17': 'Folketing news, 2015, and Loud.land, 2017, on sign-language interpreting',
  'DK-18': 'Folketing handbook "Håndbog i Folketingsarbejdet", chapter 10 (undated)',
  'DK-19': 'LocalEyes.dk, Christiansborg on Google Street View (undated)',
  'DK-20': 'Ekstra Bladet, DR and The Copenhagen Post, on TikTok, 2023',
  'DK-21': 'Folketing website, Folkemødet page, 2025',
  'DK-22': "Folketing website, The People's Parliament and Youth Parliament pages, 2024–2025",
  'DK-23': 'Folketing website, "Dit Demokrati" teaching films (undated)',
  'DK-24': 'PolitiX dataset for the Folketing, 2026',
  'DK-25': "Digitalkommunikation.net, on MPs' Facebook posts (undated, c. 2012–2013)",
  'FI-10': 'Parliament of Finland and Opinkirjo, Youth Parliament pages (undated)',
  'FI-11': 'Parliament of Finland press release, Youth Parliament 2024',
  'FI-12': 'Kokemäkeläinen, 2014, and Lestijoki, 2022, on the Youth Parliament',
  'FI-13': 'Finland 100 jubilee year report, 2017',
  'FI-14': 'Library of Parliament blog "Parlamenttikirjasto", on the 2016 memory collection',
  'FI-15': 'Library of Parliament blog "Parlamenttikirjasto", 2015',
  'FI-16': "Speaker's Council proposal PNE 3/2021, 2021",
  'FI-17': 'Demokraatti, Iltalehti and Dawn.fi, on TikTok, 2022–2024',
  'FI-18': 'Verkkouutiset, on subtitling question time, 2018',
  'FI-19': 'Audico reference page (undated) and Parliamentary Office report, 2005',
  'FI-20': 'Open Government Guide, Finnish Parliament country example (undated)',
  'FI-21': 'STT Info and Demokraatti, on the X debate in Finland, 2024–2025',
  'FI-22': 'Helsinki Times, 2022, and EPRS blog, 2024',
  'SI-10': "RTV Slovenija, on the National Assembly's new website (undated, 2004–2008)",
  'SI-11': 'Metropolitan.si, on National Assembly Day, 2024',
  'SI-12': 'Siol.net, on National Assembly Day, 2024',
  'SI-13': 'Družina, on the National Assembly open day (undated)',
  'SI-14': 'Slovenske novice, on school visits, 2024',
  'SI-15': 'University of Ljubljana events page, 2026',
  'SI-16': '24ur.com, on the first remote sitting, 2020',
  'SI-17': 'Demokracija, 2025',
  'SI-18': 'Gorenjski glas, 2007, and Parlameter transcript, 2019',
  'SI-19': 'RTV 365 (RTV Slovenija), 2026',
  'SI-20': 'Parlameter and Parlacards (civil-society monitor, undated)',
  'SE-10': 'Riksdag news, questions to the Speaker on Instagram, 2020',
  'SE-11': 'Riksdag news, Almedalen week, 2018',
  'SE-12': 'Riksdag press release and news, Almedalen, 2019',
  'SE-13': 'Riksdag news, Almedalen week, 2023',
  'SE-14': 'Riksdag news, Järvaveckan, 2024',
  'SE-15': 'Riksdag news, Youth Riksdag, 2018',
  'SE-16': 'Riksdag news archive, Gothenburg Book Fair, 2018',
  'SE-17': 'Riksdag website, media page (undated), and Riksdag news, 2018',
  'SE-18': 'Hard-of-hearing youth blog, reply from the Riksdag, 2010',
  'SE-19': 'Swedish hard-of-hearing association (HRF), 2018, and Riksdag motion 2022/23',
  'SE-20': 'EPTA network comparative table, Sweden (undated)',
  'SE-21': 'Open Government Guide, Swedish Parliament country example (undated)',
  'SE-22': 'Riksdag EU presidency website, 2023',
  'SE-23': 'PolitiX tracker and dataset for the Riksdag (undated)',
  'SE-24': 'Riksdag website, 2024',
  'UK-10': 'UKFast, Hexus and Digital Lifestyles, on the Lords YouTube channel, 2008',
  'UK-11': 'Gov Today, on @UKHouseofLords, 2011',
  'UK-12': 'W4MP, on the @HouseofCommons Twitter feed, 2013',
  'UK-13': 'House of Commons Library briefing CBP-8158, 2017',
  'UK-14': 'John Pullinger, "Social media innovations in the UK Parliament", presentation, 2012',
  'UK-15': 'UK Parliament digital blog, on web forums, 2015',
  'UK-16': 'Puffles blog ("A dragon\'s best friend"), 2013',
  'UK-17': 'PSA Parliaments group blog, #ParliChat case study, 2014',
  'UK-18': 'UK Parliament website, #BigBenPhoto competition, 2016',
  'UK-19': 'House of Commons "Ask Me Anything" on Reddit r/ukpolitics, 2019',
  'UK-20': 'House of Lords Liaison Committee report, 2019',
  'UK-21': 'TheJournal.ie and iGate, 2022, and Marketscreener, 2023, on TikTok',
  'UK-22': 'UK Parliament Web Archive, House of Lords Facebook page, 2017',
  'UK-23': 'Helpful Digital blog, accessible images on social media (undated)',
  'UK-24': 'House of Lords Liaison Committee report, 2019',
  'UK-25': 'UK Parliament Week blog, 2015',
  'UK-26': 'LBC, on MPs joining Bluesky, 2024',
  'OP-01': 'Brazilian Chamber of Deputies communication manual, social media (c. 2024)',
  'OP-02': "Money Report, O Antagonista and Estadão, on the Chamber's TikTok, 2021–2024",
  'OP-03': 'Brazilian Chamber of Deputies annual social media report, 2016',
  'OP-04': "World Today News, on the Bundestag's social media, 2023",
  'OP-05': "Freie Presse and Medienrot, on the Bundestag's TikTok, 2025",
  'OP-06': 'Mitteldeutsche Zeitung, 2022, and Stern, on the Lower Saxony Landtag and X',
  'OP-07': 'Abgeordnetenwatch (Bavarian Landtag) and move-online (Hessian Landtag), 2019',
  'OP-08': "Kronen Zeitung, on the Upper Austria Landtag's TikTok, 2022–2023",
  'OP-09': 'Sofa Magazin, on the Austrian Parliament online (undated)',
  'OP-10': 'EIN Presswire, Brussels Signal and EPRS blog, on the 2024 European elections',
  'OP-11': "Vísir, on the Althingi's Twitter accounts, 2013 and 2021",
  'OP-12': 'Scottish Parliament social media privacy notice and policy (undated)',
  'OP-13': 'Croatian Parliament (Sabor) website, 2017',
  'OP-14': 'Dagens Næringsliv, on the Storting and TikTok, 2023',
  'OP-15': 'Senedd Commission papers on the Official Languages Scheme, 2019–2020',
  'GS-01': 'UK Government Communication Service, OASIS campaign planning guide (undated)',
  'GS-02': 'UK Government Communication Service, OASIS campaign planning guide (undated)',
  'GS-03': 'UK Government Communication Service, guide to campaign planning (undated)',
  'GS-04': 'CharityComms, "Planning your campaign: the OASIS model" (slides, undated)',
  'GS-05': 'OECD survey of centres of government on public communication, 2020',
  'GS-06': 'Digital.gov, "Social media metrics for federal agencies", 2013',
  'GS-07': 'IPU news on the Global Parliamentary Report, 2022',
  'GS-08': 'IPU–UNDP Global Parliamentary Report, 2022',
  'GS-09': 'Reuters Institute Digital News Report 2025, via Broadband TV News',
  'GS-10': 'Ofcom news consumption survey 2024, via Press Gazette',
  'GS-11': 'Ofcom news consumption survey 2024, via Adgully',
  'GS-12': 'IPU "I Say Yes to Youth in Parliament" campaign, 2021',
  'GS-13': 'NSW Government social media guidelines, starting a new account (undated)',
  'GS-14': 'Welsh Government, Welsh language standards for communication (undated)',
  'GS-15': 'Library of Parliament (Canada), Twitter terms of use (undated)',
  'GS-16': 'OECD public communication survey, via the Gov Comms Institute podcast (c. 2021)',
  'GS-17': 'Victorian Government social media operational policy, checklist (undated)',
  'GS-18': 'Victorian Government social media operational policy (undated)',
  'GS-19': 'New Zealand Public Service Commission, official use of social media (undated)',
  'GS-20': 'Digital.gov, "Three years of answering questions on social media", 2013',
  'GS-21': 'Doteveryone, Digital MPs project (c. 2015–2016)',
  'GS-22': 'Doteveryone, Digital MPs project survey, 2015',
  'GS-23': 'Doteveryone, Digital MPs project, "digital postbag" (c. 2015–2016)',
  'GS-24': 'Safer Politics online-safety toolkit for candidates (undated)',
  'GS-25': 'UK Government Communication Service, evaluation guidance (undated)',
  'GS-26': 'Digital.gov, "The essentials of an editorial calendar", 2016',
  'GS-27': 'Digital.gov, "Hosting successful federal Twitter chats", 2013',
  'GS-28': 'US National Archives, Records Express blog, 2024',
  'GS-29': 'Digital.gov, "Social media metrics for federal agencies", 2013',
  'GS-30': 'Victorian Government moderation guides and other public-sector house rules (undated)',
  'GS-31': 'UK Government Communication Service, evaluation network (undated)',
  'GS-32': 'UK Government Communication Service, Evaluation Framework 2.0, 2018',
  'GS-33': 'X developer documentation, counting characters (2024–2025)',
  'GS-34': 'Bluesky AT Protocol post lexicon (2024–2025)',
  'GS-35': 'Charcounter, TechBuzz and ShiftDelete, on Instagram limits, 2025',
  'GS-36': 'Sportskeeda and The Social Media Star, on Threads limits (2024–2025)',
  'GS-37': 'LinkedIn Preview and BulkPublish, on LinkedIn post length (2024–2025)',
  'GS-38': 'YouTube Data API reference, videos (2024–2025)',
  'GS-39': 'Sprout Social help centre, adding alt text (undated)',
  'GS-40': 'Storm ID blog, on GOV.UK plain language (undated)',
  'GS-41': 'Mole Valley District Council, Queensland and ONS style guides (undated)',
  'GS-42': 'Digital.gov toolkit, "Improving the accessibility of social media in government", 2014',
  'GS-43': 'Digital.gov toolkit, "Improving the accessibility of social media in government", 2014',
  'GS-44': 'Government Communication Network propriety guidance, via Digital Engagement, 2013',
  'GS-45': 'UK Government Communication Service, propriety in digital and social media (undated)',
  'GS-46': 'Scottish Parliament online discussion rules (undated)',
  'GS-47': 'Scottish Parliament written answer S6W-00278, 2021',
  'GS-48': 'House of Commons FOI disclosure on the crowned portcullis (undated)',
  'GS-49': 'BBC Editorial Guidelines, parliamentary broadcasting rules (undated)',
  'GS-50': "Parliament of Victoria Hansard, Speaker's ruling, 2024",
  'GS-51': 'Pew Research Center, on Congress on Facebook, 2017 and 2018',
  'GS-52': 'Heiss, Schmuck & Matthes, Information, Communication & Society, 2018',
  'GS-53': 'Noon Nave, Shifman & Tenenboim-Weinblatt, Social Media + Society, 2018',
  'GS-54': "Peng, study of US politicians' Instagram images, 2021",
  'GS-55': 'NSW Government accessibility and inclusivity toolkit, social media (undated)',
  'GS-56': 'NSW Department of Premier and Cabinet, accessible social media (undated)',
  'GS-57': "3Play Media, on Facebook's caption tests, 2016",
  'GS-58': 'Verizon Media and Publicis Media survey, via Streaming Media, 2019',
  'GS-59': 'W3C Web Accessibility Initiative, captions and media guidance (undated)',
  'GS-60': 'W3C Web Accessibility Initiative, captions guidance (undated), and TikTok newsroom, 2021',
  'GS-61': 'W3C Web Accessibility Initiative, transcribing guidance (undated)',
  'GS-62': 'Defra Digital blog, World Emoji Day, 2023',
  'GS-63': 'Mole Valley District Council guidance and Defra Digital blog, 2023',
  'GS-64': 'Digital.gov toolkit, "Improving the accessibility of social media in government", 2014',
  'GS-65': 'Digital.gov toolkit, "Improving the accessibility of social media in government", 2014',
  'GS-66': 'NSW Government accessibility and inclusivity toolkit, social media (undated)',
  'GS-67': 'Zoho help centre, hashtag best practice, citing a Buddy Media study (undated)',
  'GS-68': 'NSW Department of Premier and Cabinet and Mole Valley District Council (undated)',
  'GS-69': 'Digital.gov, "Live-tweeting government events: dos and don\'ts", 2013',
  'GS-70': 'Sprout Social best-times study, via Social Media Today (undated)',
  'GS-71': 'Rival IQ benchmark report (2022 data), via Wishu',
  'GS-72': 'House of Commons Hansard, 13 October 2011, and Press Gazette, 2011',
  'GS-73': 'W4MP, on the @HouseofCommons Twitter feed, 2013',
  'GS-74': 'Digital.gov, "Live-tweeting government events: dos and don\'ts", 2013',
  'GS-75': 'NSW Government social media guidelines, community management (undated)',
  'GS-76': 'Victorian Government moderation guides (undated)',
  'GS-77': 'NSW Government channels community management guide (undated)',
  'GS-78': 'Senedd social media community guidelines (undated)',
  'GS-79': 'Dan Slee blog, on comment, criticism and abuse, 2021',
  'GS-80': 'Library of Parliament (Canada), Twitter terms of use (undated)',
  'GS-81': 'IPU report "When the public turns hostile", 2026 (via press reports)',
  'GS-82': 'IPU study on violence against women MPs, 2016 (via IBTimes)',
  'GS-83': 'IPU–PACE study on women in European parliaments, 2018 (via Panorama.am)',
  'GS-84': 'Committee on Standards in Public Life, "Intimidation in Public Life", 2017',
  'GS-85': 'Jo Cox Foundation, Civility Pledge, 2021',
  'GS-86': 'UK Government Communication Service, crisis communication guidance (undated)',
  'GS-87': 'US Defense Information School, releasing products during a crisis (undated)',
  'GS-88': 'UK Government Communication Service, RESIST 2 toolkit, 2021',
  'GS-89': 'OECD Good Practice Principles on mis- and disinformation, 2023',
  'GS-90': 'NSW Government social media guidelines, security (undated)',
  'GS-91': 'UK Ministry of Justice security guidance, social media accounts (undated)',
  'GS-92': 'Digital.gov social media cyber-vandalism toolkit (undated)',
  'GS-93': 'GDS blog, "As social media changes, so does GDS\'s playbook", 2020',
  'GS-94': 'National Cyber Security Centre phishing guidance for political parties, 2017',
  'GS-95': 'GOV.UK Candidate Security Guidance and Infosecurity Magazine, 2024',
  'GS-96': 'Doteveryone, Digital MPs project, security (c. 2015–2016)',
  'GS-97': 'Mark Pack, The Spectator and W4MP, on dissolution rules for MPs (c. 2015)',
  'GS-98': 'W4MP, House of Commons dissolution guidance, 2024',
  'GS-99': 'UK Government Communication Service general election guidance, and FWCA, 2017',
  'GT-01': 'Local Government Association, pre-election period and social media (undated)',
  'GT-02': 'Welsh Government, social media use (undated)',
  'GT-03': 'Nasdaq, on Meta making Views the main metric, 2024',
  'GT-04': 'Buffer help centre, X metric descriptions (undated)',
  'GT-05': 'Rival IQ benchmarks, via Stephen Waddington (undated)',
  'GT-06': 'Digital.gov, "Social media metrics for federal agencies", 2013',
  'GT-07': 'Rival IQ benchmark reports 2022 and 2024, via Smk and Wishu',
  'GT-08': 'Apaya blog, on social media benchmarks (undated)',
  'GT-09': 'UK Government Communication Service, Evaluation Cycle, 2024',
  'GT-10': 'AMEC Integrated Evaluation Framework, via Midas PR (undated)',
  'GT-11': 'UK Government Communication Service, evaluation news, 2015',
  'GT-12': 'Digital.gov, "Social media metrics for federal agencies", 2013',
  'GT-13': 'Digital.gov, "Social media metrics for federal agencies", 2013',
  'GT-14': 'Digital.gov, "Three years of answering questions on social media", 2013',
  'GT-15': 'Digital.gov, "Social media metrics for federal agencies", 2013',
  'GT-16': 'Digital.gov, "Social media metrics for federal agencies", 2013',
  'GT-17': 'FedScoop and Nextgov, on the US baseline social media metrics, 2013',
  'GT-18': 'Digital.gov social media cyber-vandalism toolkit (undated)',
  'GT-19': 'OECD working paper on government use of social media (Mickoleit), 2014',
};

/** Where the first link is not the right one for the label. */
const URLS = {
  'EX-05':
    'https://committeesengagement.blog.parliament.uk/2017/09/20/announcing-new-committees-with-an-agile-campaign/',
  'UK-05':
    'https://committeesengagement.blog.parliament.uk/2017/09/20/announcing-new-committees-with-an-agile-campaign/',
  'PB-09': 'https://www.inter-pares.eu/en/news/social-media-guide-parliaments-and-parliamentarians',
  'DK-00': 'https://www.inter-pares.eu/en/news/social-media-guide-parliaments-and-parliamentarians',
  'FI-00': 'https://www.inter-pares.eu/en/news/social-media-guide-parliaments-and-parliamentarians',
  'SI-00': 'https://www.inter-pares.eu/en/news/social-media-guide-parliaments-and-parliamentarians',
  'SE-00': 'https://www.inter-pares.eu/en/news/social-media-guide-parliaments-and-parliamentarians',
  'UK-00': 'https://www.inter-pares.eu/en/news/social-media-guide-parliaments-and-parliamentarians',
  'DK-11': 'https://www.ft.dk/da/organisation/folketingets-adminstration/job',
  'SI-10': 'https://rtvslo.si/znanost-in-tehnologija/dz-ima-prenovljene-spletne-strani/44154',
};

function main() {
  const out = facts.map((f) => ({
    id: f.id,
    tag: f.tag,
    url: URLS[f.id] ?? firstUrl(f),
    hint: f.text.replace(/\s+/g, ' ').slice(0, 160),
  }));

  if (!asTs) {
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    const missing = out.filter((f) => !LABELS[f.id]).map((f) => f.id);
    if (missing.length > 0) throw new Error(`no label for ${missing.join(', ')}`);
    const rows = out.map((f) =>
      JSON.stringify({ id: f.id, tag: f.tag, source: LABELS[f.id], ...(f.url ? { url: f.url } : {}) }),
    );
    process.stdout.write(
      `${HEADER}export default [\n${rows.map((r) => `  ${r},`).join('\n')}\n] satisfies FactInput[];\n`,
    );
  }
}

main();
