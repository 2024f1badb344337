import type { ExampleText } from '../../schema';

/**
 * English words of the case-study examples (meta in content/examples/*.ts). Written in our own words from
 * the cited facts; where a source gives no result, the outcome says so rather than guessing.
 */
export default {
  // ── Denmark, Folketing ────────────────────────────────────────────────────────────────────────────
  'dk-facebook-page-launch-video': {
    title: 'Opening the Folketing’s Facebook page with a video from the Speaker',
    what: 'The Folketing opened an official Facebook page and introduced it in a YouTube video by the then Speaker, Mogens Lykketoft. He likened the page to the old village assembly hall, minus the coffee: a place to debate with each other and with politicians. Early content covered milestones of Danish democracy and a list of MPs’ own profiles.',
    outcome:
      'The source, an undated news article, reports no follower or engagement figures. It notes only that about three million Danes used Facebook at the time.',
    lesson:
      'Give a new channel a face and a purpose. A short launch video from the presiding officer, saying what the page is for, sets expectations better than a bare first post.',
  },
  'dk-skolevalg-election-night-stream': {
    title: 'Streaming a school mock-election night on two Facebook pages (Skolevalg 2019)',
    what: 'Skolevalg is a mock general election for pupils in grades 8–10, run since 2015 by the Folketing, the Ministry of Education and the Danish Youth Council. The 2019 results night, held in the Landsting Chamber, went out on the Folketing TV channel, on ft.dk, and on two Facebook pages: the event’s own and the Folketing’s.',
    outcome:
      'About 80,000 pupils from 750–800 schools take part in a round. The organisers cite University of Copenhagen research finding that taking part raised pupils’ political self-confidence. No viewing figures for the stream are given.',
    lesson:
      'Pupils taking part may follow the event’s page rather than the parliament’s. Stream on the event’s page as well as your own, so the broadcast can reach both sets of followers.',
  },
  'dk-borgen-backstage-podcast': {
    title: 'A cross-party podcast with a bell against talking points (Borgen Backstage)',
    what: 'Borgen Backstage (October 2021) was a 10-episode podcast commissioned by the Folketing and hosted by a former DR presenter. Each episode paired two MPs from different parties on one theme, such as negotiating or politicians on social media, and the host had a bell to stop party talking points. Twenty MPs took part; the budget was about DKK 200,000.',
    outcome:
      'A tabloid attacked it as a soft platform for politicians paid for by taxpayers. A Politiken reviewer found it in the podcast charts and called it informative. No listening figures are given.',
    lesson:
      'Pairing members from different parties, with a visible rule against point-scoring, helps keep institutional content impartial. Expect the cost to be questioned and be ready to explain it.',
  },
  'dk-sign-language-debates': {
    title: 'Live sign-language interpretation of major debates, including deaf interpreters',
    what: 'Since October 2015, starting with the Finance Bill debate, the Folketing has interpreted its most important Chamber debates live into sign language on its TV channel and web-TV, including the opening and closing debates. The arrangement was agreed with the Danish Deaf Association.',
    outcome:
      'For the 2017 closing debate, ten interpreters were lined up to work in 15-minute shifts. Four were deaf, each fed by a hearing colleague out of shot, because deaf viewers said native signers are easier to follow.',
    lesson:
      'Ask the people who rely on an access service how it should work. When you clip these debates for social media, keep the interpreter in frame and add captions.',
  },
  'dk-speech-linked-video-archive': {
    title: 'Every speech findable on video: the archive behind quick clips',
    what: 'The Folketing’s own TV channel broadcasts every day of the year: all Chamber sittings in full, plus open ministerial consultations and committee hearings. Web-TV adds four live channels, video on demand goes back to the 2010–11 session, and each recording is linked to the speech in the written minutes.',
    outcome:
      'The parliamentary handbook that describes this gives no usage figures. What it shows is the groundwork: any speech can be found and clipped.',
    lesson:
      'Quick, accurate clips depend on video tied to the official record. If yours is not, ask for that link before promising fast coverage of debates.',
  },
  'dk-street-view-tour': {
    title: 'Letting Google Street View inside, after a security check',
    what: 'While Mogens Lykketoft was Speaker (2011–15), the Folketing opened its premises to Google Street View. The virtual tour includes the Chamber rostrum, party group rooms and the prime ministers’ portraits. The security service cleared the images first.',
    outcome:
      'By the source’s account, the Folketing was the fifth parliament in the world to do this. It gives no figures for use of the tour.',
    lesson:
      'Rooms the public never sees make strong content. Have security staff clear images of restricted areas before they are published, not after.',
  },
  'dk-tiktok-work-devices': {
    title: 'Advising everyone to remove TikTok from work phones (2023)',
    what: 'On 28 February 2023, after the national Centre for Cyber Security warned of espionage, every MP and every employee of the Administration and the party secretariats received an e-mail strongly advising them to remove TikTok from work devices. The Speaker said the Folketing was following the line set for state bodies.',
    outcome:
      'Some MPs and parties, such as Liberal Alliance and a Conservative MP, kept posting on TikTok from separate private phones.',
    lesson:
      'Device rules and a presence on a platform are separate decisions. When security advice changes, tell members and staff at once what it means for the accounts they run.',
  },
  'dk-open-house-calendar': {
    title: 'Planning content around recurring open-house moments',
    what: 'The Folketing’s year has fixed public moments: Copenhagen Culture Night in October (about 15,000 visitors), a Citizenship Day for new citizens with MPs since 2006, a Youth Parliament every other year, and its own tent at the Folkemødet festival, where the June 2025 programme opened with a talk by the Speaker.',
    outcome:
      'For the 2025 Youth Parliament, classes sent in bill ideas by 15 November 2024 and 60 were picked for a day in the Folketing on 27 January 2025. The sources do not say how these moments were covered online.',
    lesson:
      'Put recurring events in the content calendar a year ahead. Each one brings a date, a place and people to film, which is most of a campaign already.',
  },
  'dk-dit-demokrati-explainer-films': {
    title: 'A series of short explainer films for civics classes (Dit Demokrati)',
    what: 'The Folketing made 22 short teaching films on democracy, its own work and the EU, for civics lessons in grades 8–9. Each film comes with tasks for pupils and notes for teachers.',
    outcome: 'The source describes the series; it gives no viewing figures or evaluation.',
    lesson:
      'A set of short explainers keeps its value for years. Reuse a film, or a clip of it, whenever the topic it covers comes up in the news.',
  },
  'dk-borgen-public-curiosity': {
    title: 'When a TV drama sends viewers to the real parliament (Borgen)',
    what: 'Folketingets Oplysning, the Folketing’s public question service, answers hundreds of questions a week by phone, chat and e-mail. After DR’s drama series Borgen, many people asked it for the exact paint colour of the Folketing’s red corridor.',
    outcome:
      'The service could not answer: the painters had mixed the colour on site. The story suggests that popular culture can stir curiosity about parliament.',
    lesson:
      'Watch for series, films and news that put your building or procedures in the spotlight, and have an answer or a post ready for the curiosity they create.',
  },

  // ── Finland, Eduskunta ────────────────────────────────────────────────────────────────────────────
  'fi-facebook-page-house-rules': {
    title: 'A Facebook page that says what it will and won’t do (Eduskunta – Riksdagen)',
    what: 'The Parliament’s Facebook page, named in Finnish and Swedish (Eduskunta – Riksdagen), is run by its information unit. Its About text says it tries to answer short, general questions quickly, is not a channel for extensive information requests, and takes no position on the content of legislation. Feedback meant for MPs should go to them by e-mail.',
    outcome:
      'Comments must be relevant and polite and may not contain links, images or video; commenters answer for what they write, and comments can be hidden or removed. No moderation figures are given.',
    lesson:
      'Put the page’s remit and comment rules where anyone can read them. When you hide a comment or decline a request, you can then point to rules published in advance.',
  },
  'fi-youth-parliament-youth-newsroom': {
    title: 'Letting a youth newsroom write the press release (Youth Parliament 2024)',
    what: 'At the Youth Parliament of 12 April 2024, about 330 young people and 150 teachers attended, and pupil journalists quizzed MPs in a “Poliitikko nonstop” session. The Parliament published a press release written by the youth newsroom Nuorten Ääni and posted the day’s photos on its Flickr account.',
    outcome:
      'The pupil plenary voted on three questions, including a ban on e-cigarettes for under-18s and curbing fast fashion at EU level. The source gives no reach or engagement figures.',
    lesson:
      'Young participants can be co-authors, not only subjects. Content they write gives you a voice the institution could not produce itself.',
  },
  'fi-youth-parliament-live': {
    title: 'Broadcasting pupils’ question time from the Chamber',
    what: 'Since 1998 the Youth Parliament, run with the Opinkirjo centre, has ended every other year in a Chamber sitting: 199 pupils take MPs’ seats for an hour of oral questions to ministers, chaired by the Speaker. In 2014 the pupil journalists’ panel with MPs was webcast and the plenary was shown on TV and online.',
    outcome:
      'The 2014 edition brought pupils from about 120 schools and a guest, European Parliament President Martin Schulz. In 2022 the event was held remotely, opened by Speaker Matti Vanhanen.',
    lesson:
      'A familiar format with young people in the real seats makes a strong live stream. Prepare a remote version in advance so the event survives when people cannot travel.',
  },
  'fi-memory-campaign-lesson': {
    title: 'A memory collection that fell short, and said so (Minun eduskuntani – Min riksdag)',
    what: 'In 2016 the Parliament and the Finnish Literature Society archive asked the public for their memories of Parliament, under a title in both Finnish and Swedish. The best excerpts were then published on the Parliament’s website through 2017.',
    outcome:
      'About 70 people sent in roughly 220 pages, against hopes of hundreds of contributors. The organisers called this a disappointment and blamed how the campaign was run and marketed, and a topic people take for granted.',
    lesson:
      'Set a target before a call for contributions and plan its promotion as carefully as the call. If it falls short, a frank write-up teaches colleagues more than silence.',
  },
  'fi-tiktok-three-steps': {
    title: 'TikTok on work devices: from guidance to a block in three steps',
    what: 'The Eduskunta issued TikTok guidance to MPs and staff in 2022. In March 2023 its IT head said a ban was impossible, as social media is central to MPs’ work before elections. In February 2024, after a new risk assessment, it asked for TikTok to be removed from its devices and blocked installation from March.',
    outcome:
      'The rule, already applied to officials and assistants, now covered MPs’ work phones; MPs could still post from their own devices. The administration said no acute threat lay behind it and the timing followed the presidential election.',
    lesson:
      'Review platform risks on a schedule and explain each step. Be clear about what is barred from official devices and what members may still publish elsewhere.',
  },
  'fi-comms-department-reorganised': {
    title: 'Ending silos with a full-time head of communications (2021)',
    what: 'Parliamentary Information (Eduskuntatiedotus) gives expert communications advice and runs media, web, citizen and internal communications, in one department with the internal information service and the Library. In 2021 the Speaker’s Council proposed reorganising the department from 1 January 2022 under a full-time head.',
    outcome:
      'The reason given: the department had been led part-time by the head of one of its units, and the units had worked in silos. The source is the proposal itself and reports no results.',
    lesson:
      'When press, web, social media and library teams work apart, the public can hear several voices. Give one person the time and the mandate to make them one.',
  },
  'fi-live-stream-subtitles': {
    title: 'Sign language but no subtitles: a gap in televised question time',
    what: 'Since autumn 2008 the Eduskunta has streamed its sittings live online from five Chamber cameras, and the public broadcaster Yle shows the most important ones. By 2018 question time on TV was interpreted into sign language but not subtitled.',
    outcome:
      'In September 2018 an MP asked for live subtitles on question time, interpellation debates and statements by the Prime Minister, for older and hard-of-hearing viewers. The source does not say whether they were introduced.',
    lesson:
      'Sign language does not replace subtitles: the MP asked for subtitles on behalf of older and hard-of-hearing viewers. Caption clips of sittings before you post them.',
  },
  'fi-centenary-school-visits': {
    title: 'A centenary year of MPs visiting schools and nurseries (Finland 100)',
    what: 'For Finland’s centenary in 2017 the Parliament produced more than 70 events. In January MPs made nearly 600 school visits, and in August about 200 visits to nurseries. The year ended with a jubilee session on 5 December 2017.',
    outcome:
      'Both visit programmes beat expectations and were to continue. The source does not describe how they were covered on social media.',
    lesson:
      'An anniversary can carry a programme that runs all year. Member visits to schools and nurseries supply a steady stream of local stories to share.',
  },

  // ── Slovenia, National Assembly ───────────────────────────────────────────────────────────────────
  'si-instagram-launch-anniversary': {
    title: 'Launching on Instagram at the minute of the building’s 60th anniversary',
    what: 'The National Assembly opened its Instagram profile on 19 February 2019 at 11:00, exactly 60 years after its building was inaugurated. The Speaker’s cabinet pushed for it, but the Public Relations Service runs it, not the parties. Planned content: the building and its heritage, anniversaries, visits, ceremonies and life behind the scenes.',
    outcome:
      'No follower or engagement figures were found. Asked about other networks, the Assembly said the public would be told in due course.',
    lesson:
      'Tie a launch to a date that means something, and settle before day one who runs the account: staff rather than political groups at the controls help keep an institutional channel neutral.',
  },
  'si-x-account-tagged-in-attacks': {
    title: 'When partisan posts tag the Assembly’s X account',
    what: 'The National Assembly’s X account, @Drzavnizbor, is regularly tagged in partisan attacks. In October 2025, for instance, an opposition parliamentary group tagged it in a post criticising the Speaker.',
    outcome:
      'The source does not say how the account responded. A related case shows the risk from the other side: in 2022 the Slovenian government’s official profile was criticised for being used for party agitation.',
    lesson:
      'Being tagged is not an invitation to take sides. Decide in advance which tagged posts you answer (facts about procedure) and which you leave alone (political disputes).',
  },
  'si-school-visits-row': {
    title: 'Answering a row about school visits with facts, not opinions',
    what: 'In 2024 organised school tours of the National Assembly were moved to Mondays, in four slots of two 45-minute groups. In October a government-party MP posted on X that some MPs disliked being watched by visitors, and the press took up the story.',
    outcome:
      'The Public Relations Service told journalists that tours also run on other days for delegations and event guests, and that Saturday open days draw very strong interest from schools. The Speaker’s Board had discussed the arrangement in September 2024.',
    lesson:
      'When a member’s post drags the administration into a story, answer with checkable facts about the service and leave the political claims to the politicians.',
  },
  'si-open-day-behind-the-scenes': {
    title: 'An open day built on the parts of parliament nobody sees',
    what: 'Each October, for National Assembly Day, an open day shows spaces normally closed to the public: the audio-video studio, the library, the print shop and the main office. Visitors learn how post is handled and who hears every word spoken in sittings; school classes run a mock legislative procedure prepared with the Assembly’s materials.',
    outcome:
      'Opening the 2024 day, the Deputy Speaker said about 9,000 people visit the Assembly each year. The sources do not report how the day was covered online.',
    lesson:
      'The jobs behind a sitting, such as the people who handle the post or hear every word, answer questions the public did not know it had. They make good short photo or video series.',
  },
  'si-parlameter-reuse-cut-off': {
    title: 'A website redesign that cut off a civic partner (Parlameter)',
    what: 'Parlameter, a civil-society tool, republishes the National Assembly’s session transcripts and turns MPs’ speeches into shareable cards. During a redesign of the Assembly’s website it had to stop updating, because machine-readable data were not available.',
    outcome: 'The source records the interruption; it does not say how long it lasted.',
    lesson:
      'Other people spread your content. Before changing the website or its data feeds, list who reuses them and keep them working through the switch.',
  },
  'si-first-remote-sitting': {
    title: 'Holding the first remote sitting since independence (2020)',
    what: 'In November 2020 the National Assembly held its first remote sitting since independence, with MPs taking part and voting by video link. The system cost about EUR 36,000, and the Speaker called it the best in the world.',
    outcome:
      'The sitting went ahead by video link. The source does not describe how it was explained to the public online.',
    lesson:
      'A new way of sitting is news in itself. Show how it works, who takes part and how votes are cast, so the public can trust decisions taken in an unfamiliar way.',
  },
  'si-sign-language-requests': {
    title: 'A long-running call for sign language on parliamentary broadcasts',
    what: 'In 2007 an MP asked for live broadcasts of parliamentary sessions to be interpreted into Slovenian sign language, citing deaf viewers’ complaints and the Ombudsman’s position. In 2019 the Constitutional Commission took up a proposed constitutional right to Slovenian sign language, initiated by the deaf association.',
    outcome:
      'The sources record the request and the proposal. They do not say what interpretation the Assembly’s broadcasts carry today.',
    lesson:
      'Access requests come back until they are met. Check what your video, and the clips you post, offer deaf viewers, and say publicly what is planned.',
  },

  // ── Sweden, Riksdag ───────────────────────────────────────────────────────────────────────────────
  'se-speaker-instagram-qa': {
    title: 'An Instagram Q&A with the Speaker that drew far more questions than expected',
    what: 'On 13 May 2020 Speaker Andreas Norlén opened his Instagram account to questions. The Riksdag then published a selection of questions and answers on riksdagen.se, from how the Riksdag worked during the pandemic to Star Trek.',
    outcome:
      'The response far exceeded expectations: only about a third of those who asked could get an answer.',
    lesson:
      'Plan a Q&A for more questions than you expect: set a time limit, say how questions will be chosen, and publish a round-up so those left unanswered can still find replies.',
  },
  'se-fira-demokratin-centenary': {
    title: 'A four-year democracy centenary on site, online and on social media',
    what: 'From 2018 to 2022, under the name Fira demokratin!, the Riksdag marked 100 years since the decisions on universal and equal suffrage, in the Riksdag, around Sweden, on its website and on social media. It opened on 17 December 2018, a century to the day after the first suffrage agreements, with an outdoor exhibition in Stockholm’s Old Town.',
    outcome:
      'The programme included touring exhibitions, a downloadable poster exhibition, school material and a microsite with films and a timeline from 1809; a 2021 seminar was webcast. No reach figures were found.',
    lesson:
      'A multi-year anniversary lets you plan content far ahead around one theme. Give each year its own milestone so the campaign always has a fresh news hook.',
  },
  'se-almedalen-event-hashtag': {
    title: 'One hashtag to gather a festival week on Twitter (Almedalen 2018)',
    what: 'At the Almedalen political week in Visby (2–5 July 2018), the Riksdag’s booth offered selfies with suffrage-era MPs, a quiz, a voting-rights game and a democracy puzzle, alongside four seminars, one on democracy in a media landscape changed by social media. All its activities were gathered on Twitter under #duochdemokrati.',
    outcome: 'The source announces the programme; it does not report how the hashtag performed.',
    lesson:
      'Give a multi-day event one short, dedicated hashtag from the start and use it on every post, so the whole programme can be followed in one place.',
  },
  'se-almedalen-seminars-on-web-tv': {
    title: 'Recording festival seminars for people who were not there',
    what: 'At Almedalen 2019 the Speaker opened the week, and the Riksdag’s seminars, including one asking whether democracy is under threat, were put on its web-TV to watch afterwards. In 2023 it opened a poster exhibition on 500 years of the Riksdag and ran a Q&A called “What does a Speaker actually do?”.',
    outcome: 'The sources describe the programmes but give no viewing figures.',
    lesson:
      'A seminar seen only by the people in the room can reach many more as video. Record it, post it the same week, and cut short clips that each answer one question.',
  },
  'se-youth-riksdag-live-blog': {
    title: 'Covering a youth parliament day as a time-stamped live blog',
    what: 'At the tenth Youth Riksdag, on 29 January 2018, 349 upper-secondary students from 59 schools wrote motions, sat in 21 temporary committees, each chaired by an MP with a Riksdag clerk, and debated in the Chamber. riksdagen.se covered the day in a time-stamped live blog.',
    outcome: 'The source describes the format; it gives no readership figures.',
    lesson:
      'A live blog gives a long day one running record that every post can link to. Its time-stamped updates also feed a thread or stories during the day.',
  },
  'se-what-the-riksdag-broadcasts': {
    title: 'What the Riksdag broadcasts, and what it leaves to the parties',
    what: 'The Riksdag broadcasts live all Chamber business, public committee meetings, and press conferences in its Press Centre called by the Speaker, a committee or the Administration. Press conferences held by parties or individual MPs are not broadcast. During the 2018 government formation, updates also went out on Twitter.',
    outcome:
      'The result is a published line between institutional and party content. The sources give no figures for the 2018 updates.',
    lesson:
      'Write down which events your channels carry, according to who organises them. A clear rule settles most impartiality questions before anyone asks them.',
  },
  'se-sign-language-gap-admitted': {
    title: 'Admitting an accessibility gap (web-TV, 2010)',
    what: 'In October 2010 deaf and hard-of-hearing organisations e-mailed the Riksdag: the webcast opening of the parliamentary year had no sign language, only the English interpretation provided for foreign guests. The head of its web section wrote back, in e-mails the complainants then published, that there were no well-established routines for signing web-TV and the team had to get better.',
    outcome:
      'The issue stayed open: in 2018 the hard-of-hearing association said live web broadcasts had neither subtitles nor speech-to-text, and a 2022/23 motion noted that only larger debates, such as party-leader and budget debates, are sign-interpreted.',
    lesson:
      'A frank answer to a complaint is a start, but only follow-through settles it. Keep a log of access complaints and report back on what has changed.',
  },
  'se-jarvaveckan-new-audiences': {
    title: 'Taking parliament to a suburban democracy festival (Järvaveckan 2024)',
    what: 'At Järvaveckan (29–30 May 2024), a democracy festival held in a Stockholm suburb, the Riksdag’s booth explained its five core tasks and how laws are made, ran a quiz, and helped visitors search the Riksdag website.',
    outcome:
      'The source announces the programme and reports no results. An NDI case note also describes regional information points where people can pick up material and follow live broadcasts.',
    lesson:
      'Go where people already gather, such as a suburban festival, and teach a skill, such as finding a document or following a bill, rather than only handing out leaflets.',
  },

  // ── United Kingdom, UK Parliament ─────────────────────────────────────────────────────────────────
  'uk-committee-inquiry-graphics': {
    title: 'Graphics for three inquiry moments, and better tweets rather than more',
    what: 'From October 2015 the Commons select committees’ team set out to make inquiries easy to follow on Twitter: a graphic at launch, at evidence sessions and at the report, and plain words instead of jargon. Later, finding that “cross-party” was not widely understood, it showed committee members and their parties in a graphic.',
    outcome:
      'From about October 2015 to May 2016 impressions rose 258% and engagements 300%, while the number of tweets rose only 13%; retweets had been stuck around 2,500 a month. By July 2016 monthly impressions passed 4 million.',
    lesson:
      'Plan visuals around an inquiry’s fixed milestones and judge success by engagements per post, not by post count. Showing who sits on a committee beats describing it.',
  },
  'uk-new-committee-members-mini-campaign': {
    title: 'Graphics for 27 committees in a few days, planned on a whiteboard',
    what: 'When new members joined the Commons select committees in 2017, the team produced graphics for 27 committees in a few days. Progress sat on a whiteboard with sticky notes that everyone could see, which cut e-mails and let colleagues pick up tasks when they were free.',
    outcome: 'The team reported more than 100,000 engagements and 650,000 impressions on Twitter.',
    lesson:
      'A predictable moment can be prepared as a template campaign. A shared, visible task board lets a small team turn out many similar posts quickly.',
  },
  'uk-instagram-stories-poll': {
    title: 'Instagram Stories and a poll to bring students into a committee event',
    what: 'In November 2017 the Commons Education Committee held a roundtable with teachers and covered it in Instagram Stories the same day. A story rather than a single post kept the activity looking continuous, and a poll sticker gave students an easy way in. The committee chose Instagram to reach students.',
    outcome:
      'In early 2018 the committee reported UK Parliament’s Instagram followers as 27% aged 18–24 and 34% aged 25–34. No results for the poll are reported.',
    lesson:
      'Match the format to the audience you want. For students, a same-day story with a one-tap poll asks less of them than a link to an inquiry page.',
  },
  'uk-instagram-strategy-research': {
    title: 'Writing an Instagram strategy from audience research (2018)',
    what: 'In summer 2018 UK Parliament, on Instagram since 2016 and past 35,000 followers, wrote its first Instagram strategy. It audited its content, ran workshops with more than 40 comms and digital staff from both Houses, and learned from organisations outside Parliament.',
    outcome:
      'It found 48% of its Instagram audience was in the UK (15% on Facebook); Big Ben, the Palace restoration, anniversaries and art did best; Stories and live video were under-used; and teams needed a regular content schedule.',
    lesson:
      'Before setting a channel’s goals, check who follows it and which subjects they respond to. The answer can differ sharply from one platform to the next.',
  },
  'uk-facebook-strategy-after-feed-change': {
    title: 'Rethinking Facebook after engagement fell and the feed changed',
    what: 'Engagement and clicks on UK Parliament’s Facebook page dropped significantly in the second half of 2017, and Facebook’s 2018 news-feed change demoted Pages. Parliament responded with its first Facebook strategy: quality over quantity, Facebook Live, Groups, posts on working in Parliament, Instagram cross-posts and a Messenger chatbot.',
    outcome:
      'As only about one in five followers were in the UK, it chose to weigh institutional messages against an international audience’s interests. The source sets out the plan, not its results.',
    lesson:
      'When a platform changes its rules, revisit the strategy rather than posting more. Check where followers actually are before deciding what the channel is for.',
  },
  'uk-committee-web-forums': {
    title: 'Consultation forums that asked for lived experience, not debate',
    what: 'Since 2007 UK Parliament staff have run more than 20 targeted web forums for committees, and worked with existing online communities such as The Student Room and MoneySavingExpert. A 2013 Transport Committee forum on disabled access asked disabled people about their own experience.',
    outcome:
      'That forum drew 332 posts where written calls had drawn a handful; a 2015 Petitions Committee forum on brain-tumour research drew over 1,100 posts in 10 days. In a 2012 tally, the weakest forum (on e-petitions) had drawn 29.',
    lesson:
      'Aim a consultation at a narrow group and ask about their own experience rather than for opinions. Go to the online communities where that group already talks.',
  },
  'uk-parlichat-issue-chat': {
    title: 'A Twitter chat built around an issue, not the institution (#ParliChat)',
    what: 'In 2014 Parliament’s outreach team worked with the online community Our Diabetes on a Twitter chat linked to a Westminster Hall debate on diabetes, using a topic hashtag alongside #ParliChat.',
    outcome:
      'The conclusion drawn: people engage with parliament through the issues they care about, not through politics as such. Our source gives no participation figures.',
    lesson:
      'Start from a subject people live with and a community that already discusses it. Use its hashtag next to yours so both audiences find the conversation.',
  },
  'uk-petition-signers-told-of-debate': {
    title: 'Telling petition signers their debate is on: viewing up 900%',
    what: 'The Commons Petitions Committee let the people who had signed a petition know when it would be debated in Westminster Hall. Its chair, Helen Jones, described the effect in evidence to the Lords Liaison Committee’s 2019 review.',
    outcome:
      'According to the chair, reading of Hansard rose by 300% and viewing of the Westminster Hall debates by 900%.',
    lesson:
      'The people most likely to watch a debate are those who asked for it. Tell them when and where it happens, with a direct link to watch or read.',
  },
  'uk-bigbenphoto-competition': {
    title: 'A public photo competition tied to works on the clock tower (#BigBenPhoto)',
    what: 'From 27 April to 9 May 2016, alongside the announcement of conservation works on the Elizabeth Tower, UK Parliament ran a photo competition on Twitter under #BigBenPhoto. A panel chose two finalists and the public voted for the winner.',
    outcome:
      'The prize was a tour of the tower and a place in an exhibition in the Palace. The source does not give the number of entries.',
    lesson:
      'Pair institutional news with something people can do. A prize of rare access, such as a tour, suits a parliament and costs little.',
  },
  'uk-commons-reddit-ama': {
    title: 'An “Ask Me Anything” on Reddit from the Commons engagement team',
    what: 'On 17 September 2019 the House of Commons Digital Engagement team answered questions on r/ukpolitics from the official Commons Reddit account. It explained how it takes the experience of online communities (on Facebook, Reddit, Twitter, forums and Mumsnet) to backbench MPs. It had already posted videos with the Speaker on Reddit.',
    outcome:
      'The team stayed impartial and declined to give opinions on current events. Our source gives no participation figures.',
    lesson:
      'An institution can join a lively forum if it sets its limits up front: answer on process and on how to take part, and say plainly what you will not comment on.',
  },
  'uk-tiktok-pilot-closed': {
    title: 'A TikTok pilot closed within days after members objected (2022)',
    what: 'In late July 2022 UK Parliament piloted a TikTok account, @UKParliament, opening with a selfie video from the Elizabeth Tower. Senior MPs and peers under Chinese sanctions objected, and the Speakers of both Houses said they had not been consulted before it was set up.',
    outcome:
      'With about 123 followers, the account was closed on 3 August 2022: content deleted, bio pointing to parliament.uk. In March 2023 both Houses blocked TikTok on all parliamentary devices and the network.',
    lesson:
      'Before opening an account on a contested platform, consult members and security advisers, and agree in advance how you would close it if you had to.',
  },
  'uk-commons-account-impartial-remit': {
    title: 'An account with a written, impartial remit (@HouseofCommons)',
    what: '@HouseofCommons went live in January 2013, run by the Public Information and Outreach team, with a stated remit: politically impartial news on the work of the Commons, mainly the Chamber and Westminster Hall, and answers to questions on procedure. Live coverage of divisions was planned. It passed 8,000 followers by May 2013.',
    outcome:
      'A written answer for the House of Commons Commission (20 October 2020) said the House Service’s Communications Office ran the account and decided its content, and that the House Service’s commitment to impartiality, and the perception of it, is critical. By then it no longer covered votes.',
    lesson:
      'Write the account’s remit down and publish it. Then test every format against it, even factual ones such as live vote results.',
  },
  'uk-community-guidelines': {
    title: 'Community guidelines that say what is removed and when moderators work',
    what: 'UK Parliament publishes community guidelines for its social channels. Moderators remove and report discrimination, advertising, spam, threats, misinformation and fake accounts, block repeat offenders, and limit replies on some posts to keep moderation manageable. Instagram direct messages are not monitored.',
    outcome:
      'An older version gave moderators’ hours as 10:00–16:00 on weekdays; a newer one links discrimination to the Equality Act and says direct messages are unlikely to get an answer.',
    lesson:
      'Tell people what you remove, when someone is watching and where not to expect a reply. Published limits protect a small team and make moderation decisions defensible.',
  },
  'uk-lords-youtube-videos-2008': {
    title: 'Waking a dormant YouTube channel with videos for young people (Lords, 2008)',
    what: 'On 13 June 2008, for the 50th anniversary of the Life Peerages Act, the House of Lords released five videos on Parliament’s mostly dormant YouTube channel, from “What’s it all about?” to “The Lord Speaker goes to school”. The Lord Speaker, Baroness Hayman, aimed them at young people and at outdated stereotypes of the House.',
    outcome:
      'They followed the launch in April 2008 of “Lords of the Blog”, a group blog by peers. The sources cover the launch, not viewing figures.',
    lesson:
      'An anniversary can justify a short series for one audience. Name the stereotype you want to correct and build each video around answering it.',
  },
  'uk-alt-text-and-live-subtitles': {
    title: 'Alt text on graphics, subtitles on every Chamber broadcast',
    what: 'A public-sector digital consultant, in an undated post, named UK Parliament among the accounts that consistently added alt text to graphics on Twitter. In February 2023 Parliament added live subtitles to all Chamber broadcasts and announced wider British Sign Language provision.',
    outcome:
      'The Commons Speaker argued that subtitles help hard-of-hearing viewers and also newcomers who find parliamentary terms hard. The consultant noted that some scheduling tools do not support alt text on every network.',
    lesson:
      'Make alt text and captions part of the routine, not an extra. Check that your scheduling tool keeps alt text on every network before relying on it.',
  },
  'uk-committee-questions-via-twitter': {
    title: 'Asking the public on Twitter what a committee should ask a minister',
    what: 'Around 2012–13 the Public Administration Select Committee took questions via Twitter for an evidence session with the minister Francis Maude. By January 2013 most select committees had their own Twitter accounts.',
    outcome:
      'The source, a blog post listing parliamentary accounts, notes the initiative but not how many questions came in or were put.',
    lesson:
      'Inviting questions before an evidence session gives followers a stake in it. Say how questions will be chosen, and report back on which ones were asked.',
  },

  // ── Other parliaments ─────────────────────────────────────────────────────────────────────────────
  'no-stortinget-ung-youth-instagram': {
    title: 'A separate Instagram account for young people while visits were stopped (Norway)',
    what: 'In October 2020, with visits halted by the pandemic (normally about 27,000 visitors a year), Norway’s Storting launched a separate Instagram account for young people, Stortinget Ung, with regular features introducing MPs.',
    outcome: 'It gained 1,200 followers in two weeks, 84% of them under 34.',
    lesson:
      'When a usual route to young people closes, a dedicated account with recurring formats can stand in. Check which age groups it actually reaches.',
  },
  'nz-published-moderation-policy': {
    title: 'A moderation policy that starts with who runs the accounts (New Zealand)',
    what: 'New Zealand Parliament publishes a moderation policy for its social media. It says the accounts are run by the Office of the Clerk, are independent and politically neutral, never post for the government or parties and do not campaign. Comments are pre- or post-moderated, depending on the channel, under stated rules.',
    outcome: 'The source is the policy itself; it does not report how often the rules are applied.',
    lesson:
      'Say who runs the account before saying what you remove. Making clear that staff, not politicians, post can head off complaints of bias.',
  },
  'br-camara-rules-for-every-profile': {
    title: 'One rulebook for every profile, from Twitter (2009) to Bluesky (2024) (Brazil)',
    what: 'Brazil’s Chamber of Deputies joined Twitter in 2009, Facebook in 2012, Instagram in 2018, TikTok in 2021 (it says it was the first parliament in the world there), and Threads and Bluesky in 2024. A Bureau act (Ato da Mesa 244/18) and a good-practice manual apply to institutional, committee and TV/Radio Câmara profiles alike.',
    outcome:
      'Accounts are monitored in office hours on weekdays, and for longer when the plenary sits late. The source sets out the rules, not their results.',
    lesson:
      'Rules adopted by the presiding body and covering every official profile make new platforms easier to open consistently. Tie monitoring hours to the sitting calendar.',
  },
  'br-camara-tiktok-humour': {
    title: 'Humour on TikTok, including a tour video that alluded to a riot (Brazil)',
    what: 'Brazil’s Chamber of Deputies opened a TikTok account in January 2021 with a light tone, aiming to untangle politics in seconds. In January 2024 a guided-tour video, billed as a tutorial for “invading” the Chamber “without breaking anything”, alluded to the riots of 8 January 2023.',
    outcome:
      'The account had 3,900 followers within months of launch and nearly 100,000 by January 2024, with some posts passing 1 million views. The tour video drew wide press coverage.',
    lesson:
      'Humour can take an institution far on short-video platforms, but jokes touching a contested event draw every kind of attention. Agree in advance where the line is.',
  },
  'br-camara-vote-procedure-explainer': {
    title: 'A step-by-step explainer of a vote procedure draws the most views (Brazil, 2016)',
    what: 'In 2016 TV Câmara, the Chamber of Deputies’ broadcaster, published a video explaining step by step how the impeachment vote procedure worked.',
    outcome:
      'The Chamber’s 2016 report names it as the most-viewed post on its Facebook page. Across its social channels the Chamber reported 996,423 fans and 714,883 interactions for 2016.',
    lesson:
      'Before a high-stakes vote, people may want to know how it works. A calm, neutral explainer of the procedure serves everyone, whichever side they are on.',
  },
  'de-bundestag-team-neutrality-mastodon': {
    title: 'A bigger team, neutrality rules and Mastodon instead of a new X account (Bundestag)',
    what: 'In January 2023 (the year is inferred from the article), the Bundestag launched an Instagram account for its President, with neutrality rules for the staff who edit it. Its social media team grew from 2 people to a department of 9.5 posts.',
    outcome:
      'Plans for a Bundestag Twitter account were shelved after Elon Musk’s takeover, and the Bundestag’s news service went to Mastodon as well.',
    lesson:
      'A presiding officer’s account needs written neutrality rules for its editors. Platform plans can be revisited when a platform changes hands.',
  },
  'de-bundestag-joins-tiktok': {
    title: 'Joining TikTok while naming its problems (Bundestag, 2025)',
    what: 'In August 2025 Bundestag President Julia Klöckner announced a TikTok presence, because young people get their information there. She acknowledged the platform’s problems; the federal data-protection commissioner renewed her advice against using it on official devices.',
    outcome:
      'By then the Bundestag was already on Instagram, YouTube, WhatsApp, X, Mastodon, Bluesky and LinkedIn. The sources cover the announcement, not results.',
    lesson:
      'If you join a contested platform, say why (the audience) and which risks you weighed. Being open about the trade-off makes the decision easier to defend.',
  },
  'de-ni-landtag-leaves-x': {
    title: 'Keeping, then leaving, X: two decisions by the Lower Saxony Landtag',
    what: 'In December 2022 the Lower Saxony Landtag kept its Twitter account, with about 1,500 followers, to provide reliable information, and asked its administration to study alternatives. It later stopped using X, saying a neutral institution could no longer stay there.',
    outcome:
      'It left the account dormant rather than deleting it, and carried on via Instagram and Facebook.',
    lesson:
      'Review where you post against neutrality as well as reach. If you stop using an account, consider leaving it dormant with a pointer to where you now post.',
  },
  'de-by-landtag-stays-on-x': {
    title: 'Staying on X to keep neutral information there (Bavarian Landtag)',
    what: 'The President of the Bavarian Landtag argued that leaving X would hand the platform over to radicals. The Landtag therefore stays on X, keeps posting neutral information and reviews the decision regularly.',
    outcome: 'The source gives the reasoning; it does not date the reviews or give any figures.',
    lesson:
      'Staying and leaving can both be defended. Whichever you choose, state the reason publicly and set a date to look at it again.',
  },
  'at-ooe-politok-few-followers': {
    title: 'A TikTok explainer channel that found few followers (Upper Austria)',
    what: 'In November 2022 the Landtag of Upper Austria launched a TikTok account, politok.at, with a young presenter and 15-second explainers meant to counter anti-democratic content.',
    outcome: 'After about six months it had only 193 followers.',
    lesson:
      'Set a reach target and a review date before launching on a new platform, so you can tell early whether the effort is paying off.',
  },
  'at-parliament-neutral-committee-reports': {
    title: 'Neutral reporting from committee meetings the press cannot attend (Austria)',
    what: 'In Austria about 33 staff of the Parliamentary Administration handle parliamentary communications: social media, website and press releases. Its spokesman said absolute party-political neutrality matters most, because the Administration reports on committee meetings that outside media cannot attend.',
    outcome:
      'The source gives no audience figures. An IPU Innovation Tracker issue carries a story on how the Austrian Parliament uses TikTok, but its text was not available to us.',
    lesson:
      'Where outside media cannot attend, your report may be the only public account. Report every group’s position evenly, in the same neutral terms.',
  },
  'eu-ep-2024-turnout-campaign': {
    title: 'Older Europeans and content creators in a turnout campaign (European Parliament, 2024)',
    what: 'For the 2024 European elections, the European Parliament’s campaign “Use your vote. Or others will decide for you” centred on a four-minute film of older Europeans telling the next generation about democracy. On 2–3 May 2024 a Content Creator Summit brought more than 100 influencers to Brussels.',
    outcome:
      'The sources describe the campaign, not its effect on turnout. The Parliament’s research service noted that EU institutions had largely kept off TikTok for security reasons.',
    lesson:
      'A call to vote can be carried by other voices: people of another generation, or creators who already have young audiences, as long as the message stays non-partisan.',
  },
  'is-althingi-accidental-test-tweet': {
    title: 'A one-word “test” tweet became the account’s most popular post (Iceland)',
    what: 'In 2013 Iceland’s Althingi had two low-key Twitter accounts, one for documents and one for sittings, with about 1,000 followers between them, while MPs tabled a motion for more visibility on social media. In June 2021 the account posted a one-word tweet, “prufa” (“test”).',
    outcome:
      'It became the account’s most popular post ever: about 600 reactions for an account with 105 followers.',
    lesson:
      'A feed that only lists documents and sittings gives people little to react to. An unexpected, human moment can draw more reactions than routine posts.',
  },
  'gb-sct-two-way-and-moderated': {
    title: 'Treating social media as two-way, and moderating firmly (Scottish Parliament)',
    what: 'The Scottish Parliament’s policy treats social media as two-way and a way to widen consultation, and it invites interactions that can feed into scrutiny. Its online rules bar the public from using its channels to campaign or lobby on party-political issues, and take a hard line on hate speech.',
    outcome:
      'UK Parliament staff who shadowed the team in 2020 saw it spend much time moderating polarised debate on Brexit and independence; it balanced this by celebrating good moments on an office “wall of fame”.',
    lesson:
      'If you invite the public to talk, budget for moderation and for the people doing it: publish the rules, and give the team a way to notice what goes well.',
  },
  'hr-sabor-sign-language-broadcasts': {
    title: 'Plenary sittings on public TV with sign language (Croatian Parliament, 2017)',
    what: 'Since 4 October 2017 the Croatian Parliament’s plenary sittings have been broadcast on the fourth channel of the public broadcaster HRT with Croatian Sign Language interpretation. An MP proposed it and the Speaker backed it.',
    outcome:
      'The service runs under a contract with an association of sign-language intermediaries. The sources give no audience figures.',
    lesson:
      'Access can be secured by contract with a specialist association rather than built in-house. Keep the interpreter in frame when you clip these broadcasts.',
  },
  'gb-wls-two-languages-house-rules': {
    title: 'Two official languages on every channel (Senedd, Wales)',
    what: 'The Senedd works in English and Welsh; its Commission must publish an Official Languages Scheme each term saying which services are bilingual, and its social handles use the bilingual name SeneddWales. Its community guidelines encourage users to write some Welsh and list prohibited behaviour.',
    outcome:
      'Repeat offenders can be blocked or banned; an earlier version promised to tell users when a comment was hidden and to warn them before a ban. During the pandemic, interpretation on Zoom was judged to work well in plenary and committees.',
    lesson:
      'Decide for each channel how both languages are served, and publish it. Welcome posts in either language, and reply in the language people wrote in.',
  },
  'ca-lop-parallel-language-accounts': {
    title: 'Parallel English and French accounts with clear reply rules (Canada)',
    what: 'Canada’s Library of Parliament runs parallel accounts in English (@LoPInformation) and French (@BdPInformation), and considers only messages written in those two languages. It answers the public’s on-topic questions in the open.',
    outcome:
      'Specific questions from parliamentarians or their staff are answered privately, by e-mail or the usual channels, not on the platform.',
    lesson:
      'Decide which questions get a public answer and which a private one. Requests from members’ offices belong in your normal service channels, not in a public thread.',
  },
  'au-vic-ruling-on-chamber-clips': {
    title: 'A Speaker’s ruling on how members may post Chamber clips (Victoria, 2024)',
    what: 'On 5 March 2024 the Speaker of Victoria’s Legislative Assembly ruled on members’ common practice of posting Hansard video clips on social media. Standing order 234 bans digital manipulation; adding captions or photos is acceptable unless it changes the meaning or context.',
    outcome:
      'The ruling also questioned filming the internal live feed on a phone and streaming it. The source is the ruling itself; it reports no later cases.',
    lesson:
      'Before members’ offices reuse official footage, share the rules on editing it. Captions are fine; edits that change the meaning or context are not.',
  },
  // ── Added for the kinds of post that had too few examples (issue 12) ─────────────────────────────
  'uk-coronavirus-access-update-page': {
    title: 'One page for every change to access and sittings (UK Parliament, 2020)',
    what: 'UK Parliament stopped all visitor access to the Parliamentary Estate from 17 March 2020: viewing galleries closed, tours stopped, the Education Centre closed and school tours paused. Its page “Update from UK Parliament on coronavirus”, dated 15 April, also gave the early Easter recess dates and the suspension of Westminster Hall debates from 20 March.',
    outcome:
      'The page said that members and staff could still work on the Estate where necessary. The source is the page itself; it gives no figures on its use.',
    lesson:
      'In a disruption, keep one page that says what has stopped, from when, and what carries on, update it as decisions come, and link every post to it.',
  },
  'uk-petitions-paused-after-election': {
    title: 'Saying on the petitions site why petitions have stopped, and what restarts them',
    what: 'After a general election, the home page of UK Parliament’s petitions site said that petitions had had to stop because of the election and would start again as soon as the House of Commons set up a new Petitions Committee. It pointed to the committee’s website for more.',
    outcome:
      'The stored copy is undated, so which election it followed is not known. The same page explains that 10,000 signatures bring a government response and 100,000 mean the petition is considered for debate.',
    lesson:
      'When a service has to pause, say so where people arrive: why it stopped and what will restart it. Keep the rules of the service in view.',
  },
  'uk-recruitment-social-media-model': {
    title: 'One model for posting vacancies across Parliament, with a “job of the week”',
    what: 'The social media team of UK Parliament’s digital service worked with HR, internal communications and other social media teams on recruitment. They found no standard way of using social media to recruit in the Commons, the Lords or the digital service, and LinkedIn pages underused for vacancies and for what working in Parliament is like.',
    outcome:
      'They wrote a new strategy and a model for sharing vacancies on the corporate channels, including a “job of the week” (blog post of February 2019). The stored copy stops before the results it reports after six months.',
    lesson:
      'Agree one way of posting vacancies with every team that recruits, and use LinkedIn for both the vacancies and what working there is like.',
  },
  'uk-commons-people-recruitment-fair': {
    title: '“Do you want to live like Commons People”: a recruitment fair in Westminster Hall',
    what: 'In February 2017 UK Parliament held a ticketed recruitment fair in Westminster Hall. It was advertised in the London Evening Standard, Metro and outlets popular with black, Asian and minority ethnic audiences, and backed by Parliament’s workplace equality networks.',
    outcome:
      'All 400 tickets went; a smaller fair the year before had drawn 245 people. A Commons HR talent manager said the public too often sees Parliament as a workplace only for MPs.',
    lesson:
      'Say plainly that parliament employs far more people than its members, and place the message in the media the people you want to reach already read.',
  },
  'uk-lords-report-infographics': {
    title: 'Infographics that sum up a committee report (House of Lords, 2017–18)',
    what: 'The Lords Liaison Committee’s review of committee work in 2017–18 said that reports remain committees’ main product, and that social media and infographics summing up a report’s main conclusions and recommendations in a more visual form had been trialled successfully.',
    outcome:
      'It hoped these would become routine, less so for technical committees. From 21 June 2017 to 30 April 2018 it counted 3,114 items of media coverage about Lords committees: 2,913 positive, 181 neutral, 20 critical.',
    lesson:
      'When a report comes out, post its main findings as a visual summary people can read in the feed, not only a link to the document.',
  },
  'uk-bgipu-delegation-write-ups': {
    title: 'A write-up of every delegation: who came, what was discussed, why it matters',
    what: 'The British Group of the Inter-Parliamentary Union, based in UK Parliament, publishes a short write-up of each inward and outward delegation: who came, what they discussed and why it mattered to both parliaments. Its visit from three French parliamentarians on 1–2 February 2022 was its first inward delegation in Parliament since the pandemic.',
    outcome: 'The source is the group’s own activity pages; they give no readership figures.',
    lesson:
      'A delegation post should say what the visitors came to discuss and why it matters to your public, not only who met whom.',
  },
  'se-eu-presidency-website': {
    title: 'A separate website for the parliamentary side of an EU presidency (Riksdag, 2023)',
    what: 'For the parliamentary dimension of Sweden’s EU Council presidency in 2023, the Riksdag ran a separate website with photo and video sections. The Riksdag Administration’s Head of Communications, Anders Hagquist, was named as responsible for it.',
    outcome: 'The source is the website’s own “about” page; it gives no visitor figures.',
    lesson:
      'A long international programme can have its own home for pictures and video, with a named person answerable for it, so that every post has somewhere to link.',
  },
  'ca-hoc-tours-cancelled-notice': {
    title: 'A closure notice with an end date and every measure listed (Canada, 2020)',
    what: 'On 13 March 2020, as COVID-19 spread, the Office of the Speaker of Canada’s House of Commons announced that visitor access to the House of Commons precinct was closed and all public tours cancelled until 20 April. Committee travel was suspended, and parliamentary functions and events in the precinct were cancelled.',
    outcome:
      'The notice, as CTV News reported it, gave a date and listed each measure. The source does not say how it was shared on social media.',
    lesson:
      'Name every service affected and the date the closure runs until, so that the notice answers the questions visitors will have.',
  },
  'uk-lords-whats-on-weekly': {
    title: '“What’s on in the Lords”: the week summed up first, procedure in plain words',
    what: 'UK Parliament’s weekly “What’s on in the Lords” page opens with a one-sentence summary of the week, points to the full list of business, and gives a day-by-day “Catch up”. Procedure is glossed: report stage is “an extra chance for members to examine the text”, Grand Committee “scrutiny away from the chamber”.',
    outcome: 'The page seen is for 1–4 March 2021, on parliament.uk. It gives no readership figures.',
    lesson:
      'Lead a week-ahead post with the few items people will care about, and say what each stage of procedure means in everyday words.',
  },
  'uk-mp-facebook-postbag': {
    title: 'An MP’s Facebook inbox turned out to be casework',
    what: 'In research by Doteveryone’s Digital MPs project, one MP received 177 Facebook direct messages in about 13 months; 31 of them were cases that needed investigating.',
    outcome:
      'Doteveryone advised checking social inboxes every day with the post, telling constituents the right way to get in touch and when to expect a reply, putting the office email in the bio and pinning a post on how casework is handled.',
    lesson:
      'If a member’s account invites constituents to get in touch, treat its messages as casework: someone must read them daily and route them.',
  },
  'se-riksdag-this-week': {
    title: '“The Riksdag this week”: a day-by-day selection, in English',
    what: 'The Riksdag’s English home page carries “The Riksdag this week”, a day-by-day selection of events: debates and decisions, a public committee meeting, question time with ministers, interpellation debates and guided tours. International meetings are listed apart, and a pointer leads to the full schedule in the Swedish calendar.',
    outcome: 'The stored copy covers 19–25 May; it shows no year and no readership figures.',
    lesson:
      'A week-ahead post can be a short selection that links to the full calendar, rather than the whole agenda.',
  },
  'eg-fake-speaker-accounts-denied': {
    title: 'Saying publicly that accounts in the Speaker’s name are fake (Egypt)',
    what: 'In May 2016 the General Secretariat of Egypt’s House of Representatives said in a statement that Speaker Ali Abdel-Aal had no private Facebook or Twitter account. The accounts some media had reported were fake, not official, and spoke only for the people who made them.',
    outcome:
      'It urged the media to be accurate about the House and warned that those who were not could face legal action. The source reports the statement; it does not say what happened to the accounts.',
    lesson:
      'When fake accounts speak in a presiding officer’s name, say plainly that they are not official, and ask the media to check before they repeat them.',
  },
  'eu-ep-uk-office-threads': {
    title: 'Thread openers that say what follows (European Parliament UK office)',
    what: 'In 2017 the European Parliament’s UK office posted threads on Twitter. One opened by saying the Parliament had commissioned dozens of studies on Brexit in 14 fields, free to read and not necessarily its official position, and marked itself “Thread 1/6”. Another opened: a Telegraph columnist “is mistaken about the European Parliament. We explain why. Thread”.',
    outcome:
      'The next posts took the points one at a time: the Parliament’s red lines, such as citizens’ rights; that it is directly elected. Our source, a copy of the threads, gives no engagement figures.',
    lesson:
      'Make the first post stand on its own: what the thread is about, why it matters, and how many posts follow.',
  },
  'gb-sct-bill-questions-thread': {
    title: 'A thread on Bills where every post is a question and its answer (Scotland)',
    what: 'The Scottish Parliament’s account explained Bills in a run of posts, each a question a reader might ask and its answer: “What happens if the person who proposed the Bill changes their mind?” (it can be withdrawn, but after Stage 1 MSPs must agree); “What is a ‘Fallen Bill’?”. One post added that Private Bills take another route.',
    outcome:
      'Other posts pointed to where to find out more about Bills. Our source is an undated copy of the account’s posts (about 2020) and gives no engagement figures.',
    lesson:
      'In a thread that explains procedure, let each post answer one question, so a reader who sees only that post still learns something.',
  },
  'uk-vote-100-centenary-kits': {
    title: 'A centenary that gave schools and groups something to do (UK, Vote 100)',
    what: 'In 2018 UK Parliament marked 100 years since some women, and all men, first got the vote, with exhibitions and events all year. For UK Parliament Week it sent partners kits: a Votes for Women sash and a sash-making activity, activities on equality and the suffrage campaign, and a short introduction to Parliament.',
    outcome:
      'Parliament says over 100,000 people took part in EqualiTeas, meeting over tea and cake to discuss and celebrate their democratic rights. It also made films in which women talk about laws that advanced their rights.',
    lesson:
      'Give an anniversary something people can do and share, not only a date: an activity for a class or group, and a link back to how Parliament works today.',
  },
} satisfies Record<string, ExampleText>;
