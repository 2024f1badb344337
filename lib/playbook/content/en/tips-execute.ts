import type { TipText } from '../../schema';

/** English words of the execute-stage tips (ids and sources in content/tips/execute.ts). */
export default {
  // ── Writing for each platform ────────────────────────────────────────────
  'execute-x-weighted-count': {
    title: 'On X, trim to the weighted count, not to what you see',
    body: 'X allows 280 weighted characters. Each emoji counts 2, each Chinese, Japanese or Korean character 2, and every link 23 whatever its length; attached media count nothing. A draft that looks short can still be over.',
    why: 'Emoji and links are the usual surprises. Because every address counts 23, a long link to the bill’s page costs no more than a short one, so there is nothing to gain from squeezing URLs on X.',
    example: {
      do: 'Move the detail to the linked page and keep one clear sentence in the post.',
      dont: 'Swap words for emoji to save room: each one costs two characters.',
    },
  },
  'execute-bluesky-graphemes': {
    title: 'Bluesky: 300 characters as readers see them, long alt text allowed',
    body: 'Bluesky counts up to 300 graphemes, what a reader sees as one character, so even a combined family emoji counts once. Image descriptions may run to 2,000 graphemes, so keep the post tight and put the visual detail in the alt text.',
    why: 'The same text can count differently on X and Bluesky: X weights emoji and links, Bluesky counts visible characters. The generous alt-text limit leaves no reason to post a chart undescribed.',
  },
  'execute-mastodon-server-norms': {
    title: 'Mastodon: check your server’s limit and write for a time-ordered feed',
    body: 'The longest post allowed can differ from one Mastodon server to another, so check yours. Home feeds run in time order, with no ranking algorithm, and many people follow hashtags. Add a readable CamelCase hashtag and describe every image: communities there expect it.',
    why: 'Without an algorithm to push posts, timing and hashtags do the work of discovery. This is Rostrum’s own advice: none of the sources in our research covers Mastodon practice.',
  },
  'execute-threads-one-topic-tag': {
    title: 'Threads: 500 characters and a single topic tag',
    body: 'A Threads post holds up to 500 characters and one topic tag. Pick the tag people would search for, such as the issue or the campaign name, rather than the institution’s own name, and let the text carry everything else.',
    example: {
      do: 'One topic tag naming the issue, e.g. “Rural Broadband”, and a plain sentence on the committee’s hearing.',
      dont: 'A row of hashtags copied from the X version of the post.',
    },
  },
  'execute-linkedin-before-see-more': {
    title: 'LinkedIn: the message must fit before “see more”',
    body: 'LinkedIn allows 3,000 characters but shows only the opening before “see more”: about 140 characters by one measure. Put the news and why it matters to this audience in the first line; background and links can follow.',
    why: 'The opening may be all a reader sees of the post. An opening such as “We are delighted to announce that…” spends it on nothing.',
    example: {
      do: '“Evidence wanted: the Science Committee asks researchers how AI is used in peer review. Deadline 15 March.”',
      dont: '“We are pleased to share that, following extensive deliberation, the Committee has decided to…”',
    },
  },
  'execute-facebook-room-to-explain': {
    title: 'Facebook: room to explain, not to ramble',
    body: 'One Swedish MP found Facebook better suited than Twitter to longer reasoning, but readers still scan. Lead with the point, keep sentences to about 20 to 25 words, break lines between ideas and keep paragraphs to three sentences at most.',
    why: 'The sentence and paragraph limits come from public bodies’ own style guides: a UK council’s social media guidance, the Queensland Department of Education’s style guide and the UK Office for National Statistics’ style guide.',
  },
  'execute-instagram-caption-opening': {
    title: 'Instagram: the image is the post, the first line is the hook',
    body: 'Captions can run to 2,200 characters, but only about the first 125 show before “more”. Open with what the picture shows and why it matters, and always describe the image itself: on Instagram it carries the message.',
    example: {
      do: '“Behind the clock face: restorers cleaning the glass of the Elizabeth Tower dials.” (plus alt text)',
      dont: '“Another busy week here at Parliament! Read on to find out more about…”',
    },
  },
  'execute-instagram-five-hashtags': {
    title: 'Instagram: five hashtags at most, chosen for search',
    body: 'Since December 2025 Instagram caps posts and Reels at five hashtags. Its head, Adam Mosseri, says a few precise tags beat long generic lists, and that hashtags help people find posts in search rather than raise reach.',
    why: 'A long block of tags is no longer allowed. Choose the campaign tag and the topic people actually search for, and spend the saved space on a better caption.',
  },
  'execute-youtube-title-first-words': {
    title: 'YouTube: the subject goes in the first words of the title',
    body: 'Titles take up to 100 characters, but search results show only the first 60 to 70. Start with what the video is about (the bill, the question, the committee), not the date or the institution’s name. Titles and descriptions refuse angle brackets.',
    why: 'Descriptions allow up to 5,000 bytes, which is fewer characters when the text uses accents or non-Latin scripts. Use the description for the links, chapters and the full name of the proceedings.',
    example: {
      do: '“Assisted dying bill: MPs’ final debate, highlights | House of Commons”',
      dont: '“House of Commons, 20 June, Chamber proceedings, part 2”',
    },
  },
  'execute-tailor-each-platform': {
    title: 'Rewrite for each network instead of pasting one text everywhere',
    body: 'The same news needs a different cut on each network: a hook line and image for Instagram, a short factual post for X or Bluesky, a fuller explanation for Facebook or LinkedIn. A text pasted unchanged everywhere fits none of them well.',
    why: 'In a 2013 presentation, the author of the IPU’s 2013 social media guidelines listed among the drawbacks that content must be relevant to its audience and carefully tailored. In Brazil, 65% of federal deputies’ offices surveyed ran platform-specific strategies.',
  },
  'execute-thread-numbering': {
    title: 'Number the posts of a thread and make the first one stand alone',
    body: 'The first post may be the only one people see, so it must carry the news alone. Number the rest (1/5, 2/5…) so readers know where they are. A #YouthinPolitics chat co-hosted by the IPU in 2018 numbered its questions and began each answer with the question’s number.',
    example: {
      do: '“1/4 The Finance Bill passed its final vote tonight. Here is what changes for you.”',
      dont: '“A thread 🧵👇” as the first post, with the news only in post three.',
    },
  },
  'execute-language-matches-campaign': {
    title: 'Post in the campaign’s language, and in every official language',
    body: 'A post in the wrong language misses its audience. Where parliament works in two languages, publish both versions at the same time, as one bilingual post or on paired accounts whose bios name each other, as the Welsh Government does.',
    why: 'The Welsh Government’s model makes every account either bilingual or one of a pair, with all original content in both languages at the same time. The Senedd Commission publishes an Official Languages Scheme each term saying which services are bilingual. Canada’s Library of Parliament runs parallel English and French accounts.',
  },
  'execute-people-before-process': {
    title: 'Lead with people and consequences, then the procedure',
    body: 'Stories about people did better than project updates on UK Parliament’s digital blog and channels. Open with who is affected or what changes, then say which stage of the procedure this is and where to follow it.',
    why: 'In one study, about 80% of UK Parliament’s posts reported parliamentary activity. Reporting has its place, but in a 2013 presentation the author of the IPU’s 2013 guidelines warned that content must be relevant to the audience, not self-promotional.',
    example: {
      do: '“Carers could get five days’ unpaid leave a year. MPs debate the bill on Friday.”',
      dont: '“Carer’s Leave Bill: second reading, Friday.”',
    },
  },
  'execute-one-clear-call-to-action': {
    title: 'Ask for one concrete action: what, where, by when',
    body: 'If the campaign wants people to act, say exactly what to do: “Send evidence by 15 March”, “Watch the debate on Monday at 4.30pm”. When the Commons Petitions Committee told signatories about their petition’s debate, viewing of Westminster Hall debates rose 900%.',
    why: 'The committee’s chair, Helen Jones, gave that figure to a Lords Liaison Committee review. A concrete, useful ask is different from a slogan: one study of political actors’ Facebook posts found explicit calls to action mostly lowered engagement, so avoid “Like and share!” and give people a real next step with its destination named.',
  },
  'execute-consult-lived-experience': {
    title: 'In a consultation post, ask what happened to people, not what they think',
    body: 'Word the call so people can answer from their own life. UK committee forums asking for lived experience, not debate, worked: a 2013 Transport Committee forum on disabled access drew 332 posts from disabled people; written calls had drawn a handful.',
    why: 'A concrete question also works for scrutiny: the Public Administration Select Committee took questions via Twitter for a session with the minister Francis Maude. Say whom you want to hear from and ask one question they can answer.',
    example: {
      do: '“Has a broken lift ever stopped you catching a train? Tell the Transport Committee what happened.”',
      dont: '“What are your views on accessibility policy? Have your say!”',
    },
  },

  // ── Plain language and jargon ────────────────────────────────────────────
  'execute-jargon-say-what-happens': {
    title: 'Swap procedure words for what actually happens',
    body: '“Second reading”, “Standing Orders” or “prorogation” mean little outside the building. Say what happens and what it changes: “MPs debate the bill’s main aims today”, “the House’s rules”. Keep the formal term, if needed, after the plain one.',
    why: 'A UK committee team cut jargon from its posts and found even “cross-party” was not widely understood. When live subtitles came to Chamber broadcasts in 2023, the Commons Speaker argued they also help newcomers who find parliamentary terms hard. GOV.UK writes for a reading age of 9.',
    example: {
      do: '“Today MPs debate the main ideas of the housing bill. If they back it, a committee goes through it line by line.”',
      dont: '“Housing Bill 2R in the Chamber today, then committal.”',
    },
  },
  'execute-show-committee-membership': {
    title: 'Show who sits on a committee instead of describing it',
    body: 'Terms like “cross-party” lose many readers. A UK committee team stopped explaining them and posted a graphic of the members with their parties instead. A picture of who is in the room explains a committee faster than a definition.',
  },
  'execute-spell-out-acronyms': {
    title: 'Spell out an acronym the first time',
    body: 'Give the full name first, with the short form in brackets, or reword so you don’t need it. Unfamiliar acronyms also come out garbled in screen readers. If space is tight, cut other words rather than abbreviate.',
    example: {
      do: '“The Public Accounts Committee (PAC) publishes its report on hospital waiting lists.”',
      dont: '“PAC rpt on WLs out now.”',
    },
  },
  'execute-one-idea-per-sentence': {
    title: 'One idea per sentence',
    body: 'Public bodies’ style guides cap sentences at about 20 to 25 words and paragraphs at three sentences. Split a long sentence where a new idea starts, put the main fact first and break lines between ideas.',
    why: 'GOV.UK writes for a reading age of 9 because 1 in 7 adults in England read at or below the level expected of 9 to 11-year-olds. The aim is text that is quick to scan, not childish text.',
  },
  'execute-cut-words-not-letters': {
    title: 'Over the limit? Cut words, not letters',
    body: 'Remove a clause, a courtesy phrase or a second message. Avoid text-speak and home-made abbreviations (“b4”, “2day”, “cttee”): they look careless on an official account, and screen readers stumble over them.',
    example: {
      do: '“The committee questions the minister at 10am. Watch live:” followed by the link.',
      dont: '“Cttee Qs Min @ 10 2day – watch 👇”',
    },
  },

  // ── Tone ─────────────────────────────────────────────────────────────────
  'execute-relaxed-tone-same-accuracy': {
    title: 'A relaxed tone, with press-release accuracy',
    body: 'A friendly tone is fine on an official account, but check names, figures and dates as for a press release. Posts are effectively permanent, so if in doubt, don’t post. A terse press line pasted into a post can read as curt or aggressive.',
    why: 'UK civil-service guidance for official accounts allows informal language while keeping accuracy standards unchanged; the current UK Government Communication Service rules add “if in doubt, don’t post” and treat posts as permanent.',
  },
  'execute-humour-with-care': {
    title: 'Use humour on purpose, and test it on a sceptical colleague',
    body: 'Humour lifts engagement on political pages, but on an institution’s account a joke can read as taking sides or belittling a vote. In 2024 Brazil’s Chamber of Deputies made headlines with a TikTok tutorial on how to “invade” the building, a nod to the 2023 riots.',
    why: 'Studies of political Facebook posts found humour made comments, likes and shares more likely, and listed features of successful posts (personal stance, anger cues) that suit an MP but not a neutral institution.',
  },
  'execute-no-shouting-in-capitals': {
    title: 'Don’t shout in capitals',
    body: 'Words or whole sentences in capitals read as shouting; caption guidance keeps capitals for exactly that. For emphasis, put the key word first or on its own line, and keep capitals for real acronyms.',
    example: {
      do: '“Deadline tomorrow: send your evidence to the Health Committee.”',
      dont: '“LAST CHANCE!!! SEND YOUR EVIDENCE NOW”',
    },
  },
  'execute-member-attacks-trade-off': {
    title: 'Conflict earns engagement: decide if that is the reach you want',
    body: 'Pew found US Congress members’ Facebook posts disagreeing with the other party drew more reactions than bipartisan ones; another study found a negative tone raised engagement, and positive emotion raised it more. Disagree on substance; insults add nothing.',
    why: 'Research on successful political posts points to first-person writing, self-disclosure and a personal stance, all open to a member. The Jo Cox Foundation offers candidates a Civility Pledge with template posts for a respectful campaign.',
  },

  // ── Impartiality ─────────────────────────────────────────────────────────
  'execute-institution-takes-no-side': {
    title: 'The parliament’s account takes no side',
    body: 'An institution’s account speaks for the whole house. Say what happened and who said what; leave praise, blame and verdicts (“a win for…”, “shameful”) to members and parties. Several parliaments’ rules or staff stress political neutrality.',
    why: 'The IPU’s 2013 guidelines name the core difficulty: being engaging while staying non-partisan. New Zealand’s Parliament accounts never post for government or parties; the Eduskunta’s Facebook page takes no position on the content of laws; the spokesman of Austria’s Parliamentary Administration said absolute party-political neutrality matters most.',
    example: {
      do: '“The bill was approved by 312 votes to 250. It now goes to the Senate.”',
      dont: '“Great news: the bill sailed through despite the opposition’s stalling tactics!”',
    },
  },
  'execute-institution-neutral-vote-results': {
    title: 'Report votes as results, in neutral words',
    body: 'Give the outcome, the figures and the next step. Avoid verbs that judge (“crushed”, “scraped through”, “humiliating defeat”). By October 2020 the House of Commons account had stopped covering divisions.',
    why: 'In 2013 @HouseofCommons planned to cover divisions in real time; it later dropped them. A written answer for the House of Commons Commission (October 2020) said that for the House Service, which runs the account, its commitment to impartiality and the perception of it are critical. If you do report votes, a neutral template used for every result avoids choosing words under pressure.',
    example: {
      do: '“Amendment 4 rejected: 198 for, 301 against. Debate continues on clause 5.”',
      dont: '“Government crushes rebel amendment.”',
    },
  },
  'execute-institution-no-party-reposts': {
    title: 'Don’t repost party or campaign content from the institution’s account',
    body: 'Reposting, quoting or liking a party’s or a member’s campaign post puts the institution’s name behind it. Share members’ words only in your own neutral posts, such as a quote from the debate with the speaker named, and treat every group alike.',
    why: 'UK civil-service guidance rules out passing on posts from party accounts; the Local Government Association’s pre-election advice tells councils not to share or repost political content.',
  },
  'execute-institution-tagged-in-attacks': {
    title: 'When partisans tag the parliament’s account, don’t join in',
    body: 'The X account of Slovenia’s National Assembly is regularly tagged in partisan attacks; in October 2025 an opposition group tagged it in a post criticising the Speaker. Don’t reply, like or repost. If a point of procedure is wrong, correct it once, neutrally, in your own post.',
    why: 'New South Wales guidance for government channels lists political questions and people venting among the things an official account should not take up in public.',
  },
  'execute-institution-even-mentions': {
    title: 'Tag members evenly, or not at all',
    body: 'When the institution tags members, such as the speakers in a debate or a committee’s members, apply one rule to every group: all of them, the chair only, or none. Tagging some and not others looks like favouritism even when it was only haste.',
    why: 'Rostrum’s own advice. An even rule, written down, also saves time during live coverage.',
  },
  'execute-member-separate-roles': {
    title: 'Keep a member’s roles apart: office, party, person',
    body: 'A member can be partisan on their own account, but official announcements belong on official channels. In Denmark, a 2020 newspaper editorial objected to ministers releasing important public information on their personal profiles.',
    why: 'Scotland’s Ministerial Code lets ministers keep personal accounts, if their use fits their duties to Parliament, while official policy announcements go out on government accounts. A UK online-safety toolkit advises a dedicated professional account. The IPU notes its 2021 guide, unlike the 2013 one, also addresses members themselves.',
  },
  'execute-member-emblem-rules': {
    title: 'Check the rules before using the parliament’s emblem',
    body: 'At Westminster the crowned portcullis marks Members’ communications, but must never suggest the House’s authority or back anyone’s election; misuse can go to the Standards Commissioner. Check your parliament’s rules before it appears on an avatar or campaign graphic.',
  },
  'execute-institution-pre-election': {
    title: 'Election called: essential information only',
    body: 'Keep factual service posts (visits, when the house returns, how procedure works) and pause anything new or contestable. Share no political content, remove politically controversial comments, and post a note that pre-election rules apply.',
    why: 'These rules come from governments and councils, not parliaments: in 2017 HMRC’s channels kept factual service updates but paused anything commenting on policy; Welsh Government channels keep to essential information; the Local Government Association tells councils to explain the rules and start no significant campaign not planned before the election was called.',
  },
  'execute-member-dissolution-check': {
    title: 'At dissolution, check handles, bios and titles',
    body: 'When the UK Parliament is dissolved there are no MPs and nobody may use the title, members’ websites need a disclaimer, and whips have asked for handles containing “MP” to be switched, frozen or labelled. Check your own rules and prepare bios in advance.',
    why: 'The Commons publishes dissolution guidance with separate parts for members standing again, those standing down, and their staff, including how casework data must be handled.',
  },

  // ── Visuals ──────────────────────────────────────────────────────────────
  'execute-graphics-for-inquiry-milestones': {
    title: 'Give each inquiry milestone its own graphic',
    body: 'UK select committees planned graphics for three moments of every inquiry (launch, evidence sessions, report) and their posts became more shareable: impressions rose 258% on only 13% more tweets. Prepare templates so each takes minutes.',
    why: 'When new committee members were appointed in 2017, the same team produced graphics for 27 committees within days, using a whiteboard so everyone could see progress and help when free.',
  },
  'execute-real-photos-with-people': {
    title: 'Prefer real photos, with people in them',
    body: 'UK Parliament replaced a home-made graphic cover with photos after complaints. A 2021 study of 59,020 US politicians’ Instagram images found faces and visible emotion raised engagement; professional or political settings did worst.',
    why: 'UK Parliament switched once research showed that comparable accounts used photos: test visuals with your audience.',
  },
  'execute-no-pictures-of-text': {
    title: 'Don’t post a picture of text',
    body: 'A screenshot of a statement or a text-heavy flyer shuts out screen-reader users and strains small screens. Never use one to get round a character limit. If an image must hold text, use large plain fonts and give the same words in the post.',
    why: 'Infographics need a full text description, not just a title. Accessibility guidance from New South Wales and the US federal government both warn against text-heavy images.',
  },
  'execute-contrast-not-colour-alone': {
    title: 'Charts and cards: strong contrast, never colour alone',
    body: 'Aim for a contrast of at least 4.5:1 between text and background, 7:1 if you can. Don’t let colour alone carry meaning: label party groups or yes/no votes in words too. Avoid flashing or strobing effects in animations.',
  },

  // ── Video and captions ───────────────────────────────────────────────────
  'execute-caption-every-video': {
    title: 'Caption every video',
    body: 'Many people watch with the sound off: in a 2019 US survey, 69% did so in public, and 80% were more likely to finish a captioned video. Add captions to every clip of a speech or debate, and offer a transcript.',
    why: 'Web accessibility rules (WCAG) require captions on recorded video with meaningful sound, and the UK Government Digital Service’s playbook asks for subtitles and transcripts. In Facebook’s own 2016 tests, captions raised the average view time of video ads by 12%.',
  },
  'execute-check-automatic-captions': {
    title: 'Correct automatic captions before posting',
    body: 'Automatic captions can get words and numbers wrong: W3C’s example turned “4 to 5 minutes” into “45 minutes”. Budget time to check them. Keep one or two short lines, name the speakers, and don’t tidy up what was said.',
  },
  'execute-video-first-seconds': {
    title: 'Make the first seconds of a video carry the point',
    body: 'In Facebook’s 2016 tests, 65% of people who watched the first 3 seconds went on to 10, and 41% of video ads made no sense without sound. Open on the speaker and the key line, captioned, not on a title card or a wide shot of the chamber.',
  },
  'execute-clips-keep-meaning': {
    title: 'Share debate clips without changing their meaning',
    body: 'Parliaments restrict reuse of their footage: Westminster rules out satire, advertising and edits that distort timing or meaning; in Victoria, a 2024 Speaker’s ruling allows captions unless they change meaning or context. Cut clips cleanly and link to the full speech.',
    why: 'The Folketing links recordings to each speech in its written record, so anyone can find the whole intervention. Giving that link lets viewers check the context for themselves.',
  },

  // ── Accessibility ────────────────────────────────────────────────────────
  'execute-alt-text-every-image': {
    title: 'Describe every informative image',
    body: 'Write alt text that says what the image shows and why it goes with the post; Sprout Social suggests about 125 characters, without “image of”. Purely decorative images can stay empty.',
    why: 'A public-sector digital consultant listed UK Parliament among the accounts that consistently added alt text to their graphics on Twitter.',
    example: {
      do: '“The Speaker reads the result of the vote to a full chamber, members standing at the back.”',
      dont: '“Image of parliament.jpg”',
    },
  },
  'execute-alt-text-scheduling-tools': {
    title: 'Check that your scheduling tool keeps the alt text',
    body: 'Some scheduling tools pass image descriptions to every network, others drop them on some. Before relying on one, publish a test post and check the description arrived; where it does not, post natively on that network.',
  },
  'execute-camelcase-hashtags': {
    title: 'Write hashtags in CamelCase',
    body: 'Capitalise each word in a hashtag (#BudgetDebate, #YouthParliament) so people read it at a glance and screen readers are more likely to say the words than one long jumble. The US federal accessibility toolkit recommends CamelCase hashtags.',
  },
  'execute-emoji-few-and-last': {
    title: 'Two or three emoji, at the end',
    body: 'Screen readers read out the name of every emoji, so a row of them becomes a long recital. Use two or three at most, place them at the end, don’t repeat the same one, and never use them as bullet points.',
    why: 'Over 11 million people in the UK live with a limiting long-term illness, impairment or disability, and nearly 2 million are blind or partially sighted, according to Defra.',
  },
  'execute-emoji-not-for-words': {
    title: 'Don’t let an emoji stand in for a word',
    body: '“Vote 🗳️ on the 📅” is read aloud as emoji names, and they are not always what you meant: Defra notes a red heart can be announced as “heavy black heart”. Write the words; an emoji may decorate, never carry the message.',
  },
  'execute-no-fancy-unicode-letters': {
    title: 'Avoid “fancy” bold or italic letters',
    body: 'Styled letters from font-generator sites (𝗯𝗼𝗹𝗱, 𝘪𝘵𝘢𝘭𝘪𝘤) are mathematical symbols, not text: screen readers may spell them out or skip them, and search may not find the words. Use plain text; emphasise with word order or a line break.',
    why: 'Rostrum’s own advice, from how Unicode encodes these letters: none of the sources in our research covers them.',
  },
  'execute-stream-access-info': {
    title: 'Say whether a stream has subtitles or sign language',
    body: 'When linking to a broadcast, say what access it offers (live subtitles, sign-language interpretation) and if none, where the written record or an accessible version will be. Since 2015 the Folketing has had its most important debates signed live.',
    why: 'In 2018 Sweden’s hard-of-hearing association criticised the Riksdag’s live web broadcasts for having neither subtitles nor speech-to-text. UK Parliament added live subtitles to all Chamber broadcasts in 2023. US federal guidance asks posts to flag missing captions and give a contact.',
  },

  // ── Hashtags ─────────────────────────────────────────────────────────────
  'execute-one-or-two-hashtags': {
    title: 'One or two hashtags are enough',
    body: 'X’s own advice was no more than two hashtags per post, and one study of brand accounts found three or more cut engagement. Keep the campaign tag and, at most, one that people actually follow.',
  },
  'execute-campaign-hashtag-every-time': {
    title: 'Use the campaign hashtag every time, spelt the same way',
    body: 'A campaign hashtag only gathers a conversation if every post carries it in the same form. Pair it with a tag people already follow: UK Parliament ran #ParliChat beside a diabetes tag with a patient community.',
    why: 'The Riksdag gathered its Almedalen activities under one tag, #duochdemokrati. The IPU’s Centre for Innovation in Parliament asks parliaments to share innovations with its own tags, #innovation and #parliament.',
  },
  'execute-tags-at-the-end': {
    title: 'Keep hashtags and handles out of the middle of sentences',
    body: 'A sentence studded with #tags and @handles is hard to read and worse to listen to. Write the message in plain words, then add the hashtag and any mentions at the end, where they don’t interrupt.',
    example: {
      do: '“The Health Committee questions the minister on waiting times at 10am. #HealthInquiry”',
      dont: '“#HealthCttee quizzes @MinisterHealth on #NHS #WaitingTimes @ 10”',
    },
  },

  // ── Mentions ─────────────────────────────────────────────────────────────
  'execute-mention-those-involved': {
    title: 'Mention the few accounts that matter',
    body: 'Tag the people and bodies directly involved, such as the committee, the witness or the partner organisation, so their followers see it and they can share it. A long string of handles reads like spam; put the few you need at the end.',
  },
  'execute-prepare-handles-list': {
    title: 'Before an event, prepare handles and the official hashtag',
    body: 'List the correct handles of speakers, witnesses and partner bodies, and the event hashtag, before it starts. Tagging them accurately on the day links your followers to the people involved and earns reposts.',
    why: 'Looking up handles in a hurry risks tagging a parody or impostor account, which is far harder to undo than a typo.',
  },

  // ── Links ────────────────────────────────────────────────────────────────
  'execute-no-link-shorteners': {
    title: 'Use the full official address, not a shortener',
    body: 'A shortened link hides where it goes. On X every link counts 23 characters anyway. Link to the parliament’s own domain; if you must shorten, use only a shortener your team has approved, as the US federal cyber-vandalism toolkit advises.',
  },
  'execute-one-post-one-link': {
    title: 'One post, one link',
    body: 'Several links compete for one click and make the post harder to scan. Choose the page that answers the reader’s next question (the bill, the stream, the consultation form) and name it in the text.',
  },
  'execute-say-where-link-goes': {
    title: 'Say where the link goes',
    body: '“Click here” and “read more” tell readers nothing about what they will get. Name the destination and, for media, the format: “Full report (PDF, 40 pages)”, “[VIDEO] The minister’s answer, 2 min”.',
  },

  // ── Timing ───────────────────────────────────────────────────────────────
  'execute-post-when-someone-can-answer': {
    title: 'Late night or weekend: who will answer the replies?',
    body: 'Posts outside working hours can land well, but replies and abuse arrive when nobody is watching. Post when someone can moderate, check your own analytics rather than generic “best times”, and make sure the moment suits the day’s news.',
    why: 'A Swedish minister said she had sometimes regretted the timing of posts more than their content. The Victorian Government’s guidelines keep at least one person on duty during stated hours.',
  },
  'execute-fewer-better-posts': {
    title: 'Fewer, better posts beat a constant stream',
    body: 'Commons committee tweets gained 258% more impressions over about seven months while their number rose only 13%: the gain came from better posts. Drop routine agenda posts nobody shares and spend the time on those that explain.',
    why: 'UK Parliament’s 2018 Facebook strategy made the same choice explicit: quality over quantity.',
  },

  // ── Live coverage ────────────────────────────────────────────────────────
  'execute-live-announce-pace-close': {
    title: 'Live coverage: announce, pace, close',
    body: 'Open with a post saying what you will cover and the hashtag. During the sitting, post short accurate quotes and photos with a link to the stream, and limit their number. Close with a thank-you and where to watch again.',
  },
  'execute-live-report-not-react': {
    title: 'Live from the chamber: quote, don’t comment',
    body: 'On the institution’s account live posts report, they don’t react. Quote exactly and name the speaker, give groups comparable space over the sitting, and never mock or criticise a speaker, however heated the debate.',
    why: 'The Riksdag broadcasts press conferences called by the Speaker, a committee or its administration, but not those of parties or individual members: an impartiality line that carries over well to live posts.',
  },
  'execute-member-posting-from-the-chamber': {
    title: 'Posting from the chamber: check your house’s rules first',
    body: 'Rules on phones and posting during sittings differ between parliaments and change. At Westminster the Procedure Committee recommended in 2011 allowing silent hand-held devices if decorum is kept. Check current rules before posting from your seat.',
  },

  // ── Replies and moderation ───────────────────────────────────────────────
  'execute-answer-criticism-handle-abuse': {
    title: 'Answer criticism; handle abuse under your rules',
    body: 'Criticism of parliament is legitimate and often deserves an answer. Abuse, threats, spam and discrimination are dealt with under your published rules: hide, delete, report or block. Never ban someone just for criticising, and record why you ban.',
    why: 'Replying to comments also helps posts in the platforms’ ranking, notes a former council digital lead. Victoria’s options run from respond, ignore and hide to refer, delete and ban, with a reply within 24 hours.',
  },
  'execute-publish-house-rules': {
    title: 'Publish house rules and say when you are listening',
    body: 'Link community guidelines from the profile: who runs the account, what gets removed, when comments are read and how soon you reply. UK Parliament, New Zealand’s Parliament, the Senedd and the Eduskunta all publish theirs.',
    why: 'Published rules turn moderation into a rule applied rather than a choice made, which matters for an impartial institution. New South Wales also asks accounts to say whether they engage actively, reply only when mentioned, or keep comments off.',
  },
  'execute-institution-questions-offline': {
    title: 'Know which questions to take out of public view',
    body: 'Answer short, general questions about how parliament works in the open. Move political questions, personal cases, embargoed matters and requests from members’ offices to email or the enquiry service, with a polite pointer.',
    why: 'The Eduskunta’s page says it is not for extensive information requests; Canada’s Library of Parliament answers parliamentarians privately. In Sweden, Statistics Sweden notes that messages to an agency’s social accounts can become official public documents.',
  },
  'execute-member-messages-are-casework': {
    title: 'Treat direct messages as casework',
    body: 'One MP’s Facebook inbox held 177 messages in about 13 months, 31 of them cases to investigate. Check inboxes daily, pin a post explaining how to get help, put the office email in the bio and say when the account is checked.',
  },
  'execute-protect-moderators': {
    title: 'Protect the people who moderate',
    body: 'Reading hostile comments all day wears people down: Finnish MPs call clearing them part of the job, often left to assistants. The Scottish Parliament team counters it by celebrating good moments. Share the duty on a rota and escalate threats.',
    why: 'The Finnish account comes from a 2021 Tampere University study based on interviews with 22 MPs. In Australia, since the High Court’s 2021 Voller decision, whoever runs an account can be treated as publisher of others’ comments, so Victoria makes moderation compulsory and adds staff wellbeing measures. USAGov spreads replies across trained colleagues, one day a week each.',
  },
  'execute-moderation-cover-peaks': {
    title: 'Plan extra moderation for elections and heated debates',
    body: 'Online abuse of members is often triggered by elections, high-profile debates and polarising issues, says a 2026 IPU report drawing on a survey of 519 MPs. Book extra moderation cover for those weeks before they start.',
    why: 'The UK Committee on Standards in Public Life found social media the biggest factor in the intimidation of candidates at the 2017 election.',
  },

  // ── Abuse and crisis ─────────────────────────────────────────────────────
  'execute-threats-record-and-report': {
    title: 'Threats are not a moderation matter: record and report them',
    body: 'Don’t reply to threats. Capture them with date and link, report them to the platform and to your parliament’s security team, and to the police where violence is threatened. IPU surveys find online abuse of members is widespread, and worse for women.',
    why: 'In a 2018 IPU–PACE study of women in European parliaments, 58% of the women MPs had faced sexist attacks on social networks and 47% had received threats of death, rape or beating. The IPU’s 2026 report recommends digital-safety teams and legal and psychological support.',
  },
  'execute-correct-false-claims': {
    title: 'Answer false claims about parliament with facts and a source',
    body: 'When a false claim about a vote or a rule spreads, correct the fact, not the person: say what happened and link the official record, quickly. Lead with the fact rather than repeating the myth, and explain procedures before big votes.',
    why: 'Presenting its 2021 guide, the IPU named disinformation and deliberate disruption of democratic processes as real risks. The OECD’s principles stress timeliness and pre-empting false narratives; the UK’s RESIST 2 toolkit lays out steps from recognising to tracking outcomes.',
  },
  'execute-crisis-pause-and-point': {
    title: 'In a crisis, pause the schedule and point to one source',
    body: 'When something serious happens, such as an incident at the building, a death or a suspended sitting, pause every scheduled post first. Acknowledge it, point people to one authoritative source and keep doing so; resume normal posting when it is over.',
    why: 'The checklist comes from the US Defense Information School. UK government crisis models (PRIMER; Prepare, Respond, Recover) add who does what.',
  },

  // ── Account security ─────────────────────────────────────────────────────
  'execute-hijacked-account-plan': {
    title: 'Have a plan for a hijacked account',
    body: 'Name a response team now (social, press, legal, IT security, a senior decision-maker) with approved message templates and at least two admins on official email. If taken over, regain control, archive then delete rogue posts, tell followers fast.',
    why: 'The US cyber-vandalism toolkit also asks for an after-action review once control is back, to learn how it happened.',
  },
  'execute-two-factor-everywhere': {
    title: 'Two-factor authentication on every account and tool',
    body: 'Turn on two-factor authentication on each platform and every scheduling tool. For shared accounts, prefer app codes to SMS, which ties access to one phone and can be hijacked. Use a password manager and a unique password per platform.',
    why: 'The UK Government Digital Service added a security section to its playbook after verified accounts were hijacked in 2020. Doteveryone’s digital mentors switched it on for MPs’ teams, one of which had already fallen for a fake invoice.',
  },
  'execute-review-who-has-access': {
    title: 'Review who can post, and remove leavers the day they go',
    body: 'Give access only to people actively running the account, at the lowest level they need, through individual profiles rather than shared logins. Remove leavers and agencies at once, review the list every six months, and never send passwords by email.',
  },
  'execute-expect-phishing': {
    title: 'Expect phishing aimed at members and their staff',
    body: 'Fake password-reset and account-change emails target politicians and party staff; the UK’s cyber security centre warned about this around the 2017 dissolution. Go to the platform directly rather than through the link, and report suspect emails to IT.',
  },
  'execute-app-rules-on-work-devices': {
    title: 'Check your parliament’s rules on apps such as TikTok',
    body: 'Several parliaments restrict TikTok on work devices: in 2023 the Folketing advised removing it, the Storting ordered it removed and both UK Houses blocked it; the Eduskunta followed in 2024. Some members post from private phones. Check the rules.',
  },
  'execute-say-when-the-account-goes-quiet': {
    title: 'Say so before a closure leaves the account silent',
    body: 'If a closure or shutdown means the account will stop posting or answering replies, post that first: that you will not post or reply for now, why, and that you will be back.',
    why: "During the US federal shutdown of October 2013, the General Services Administration's new media office posted that it would not tweet or respond to replies during the shutdown and would be back as soon as possible. The Office of Personnel Management advised agencies that shut their websites to put up a notice giving the shutdown as the reason.",
  },
  'execute-clear-restricted-spaces-first': {
    title: 'Have security clear pictures of restricted areas before you post them',
    body: 'Rooms the public never sees make strong behind-the-scenes posts, and some are restricted for a reason. Before the Folketing let Google Street View inside its building, the Danish security service cleared the images.',
    why: "The Folketing's virtual tour, opened while Mogens Lykketoft was Speaker (2011–15), includes the Chamber rostrum, party group rooms and the prime ministers' portraits. Ask who must approve images of a space before the photographer goes in, not after the post is drafted.",
  },
  'execute-behind-the-scenes-show-the-jobs': {
    title: 'Show the people and their jobs, not only the rooms',
    body: "Slovenia's Assembly builds its open days around the work: how parliamentary post is handled, which service technology has changed most, who hears every word said in sittings. Human stories did better than project updates for UK Parliament.",
    why: "The finding on human stories comes from UK Parliament's digital-service blog and social posts. A named colleague and what they do gives followers someone to remember; a room alone does not say who keeps parliament running.",
  },
  'execute-ask-consent-before-showing-pupils': {
    title: 'Check with the school before pupils appear in a post',
    body: "Check with the school that the families of pupils in the picture have agreed: some do not want their children's images shared, after abuse for example, or for religious or cultural reasons. Add nothing that identifies a child: a name, a location tag, a uniform.",
    why: "The NSPCC's guidance on sharing images of children (2022) gives these reasons why some families say no, and warns that a photo shared with details that identify a child can leave them open to grooming. Check the school's own policy and your country's data-protection rules as well.",
  },
  'execute-closure-one-page-kept-current': {
    title: 'Point every closure post to one page you keep up to date',
    body: 'When access or services change, say so and link one official page that you update as decisions come. A checklist for the first hour of a crisis advises pointing people to one authoritative source until the crisis is over.',
    why: "The checklist, from the US Defense Information School, also says to pause scheduled posts first. In 2020 UK Parliament gathered its changes on one 'Update from UK Parliament on coronavirus' page: visitor access stopped from 17 March, the early Easter recess dates and the suspension of Westminster Hall debates.",
  },
  'execute-closure-say-what-stops-and-until-when': {
    title: 'Say what stops, from when, until when, and what carries on',
    body: "A closure notice should answer visitors' questions in the post itself. On 13 March 2020 Canada's House of Commons closed visitor access and cancelled all public tours until 20 April; committee travel was suspended and events in the precinct cancelled.",
    why: "UK Parliament's notice of the same month named each service that stopped from 17 March (the viewing galleries, tours, the Education Centre and school tours) and said that members and staff could still work on the Estate where necessary.",
  },
  'execute-petition-say-what-signatures-lead-to': {
    title: 'Say what the signatures lead to, and link the petition',
    body: 'Tell readers what the next step is. On the UK Parliament petitions site, 10,000 signatures bring a government response and 100,000 mean the petition is considered for debate. Say which step a petition has reached, and link to it.',
    why: "When the Petitions Committee told a petition's signers about the debate on it, reading of the Hansard record rose by 300% and viewing of Westminster Hall debates by 900%, its chair told a Lords review. Each step is a reason to write again to the people who signed.",
  },
  'execute-institution-shares-petitions-neutrally': {
    title: "On the institution's account, report a petition without backing its cause",
    body: 'Say what the petition asks and where it stands, in neutral words; leave campaigning to others. UK civil service guidance says an official account holds no partisan view; the Scottish Parliament bars the public from using its channels to campaign.',
    why: "The civil service checklist for official accounts also rules out party-political content in the post, its links or the comments under it. The Scottish Parliament's online rules bar using its corporate channels to campaign or lobby on party-political issues.",
  },
  'execute-international-use-shared-tags': {
    title: 'Use the tags a network of parliaments already uses',
    body: "For work with other parliaments, check whether their network has its own tags. The IPU's Centre for Innovation in Parliament shares parliamentary innovations on Twitter with #innovation #parliament and invites parliaments to use the same tags.",
    why: "A shared tag lets the network's members find your post beside their own. Keep to one or two: X's own advice was no more than 2 hashtags per post, and a study of brand accounts found that 3 or more cut engagement.",
  },
  'execute-correction-choose-your-own-frame': {
    title: 'Sometimes the best correction sets your own frame instead of the myth’s',
    body: 'You cannot correct a myth without citing it, and citing it can have unintended effects. Researchers behind the Debunking Handbook 2020 suggest that choosing your own frame may work better: stress what is true and well established, without arguing with the false claim.',
    why: 'The handbook is a consensus document by 22 researchers of misinformation. Its example: highlighting the success and safety of a vaccine may give better talking points than debunking a myth about it. For parliament, that can mean posting how a vote or rule really works.',
  },
  'execute-thread-opener-says-what-follows': {
    title: 'Open a thread with a post that says what it will cover',
    body: 'The first post is the one most people see. Say in it what the thread is about and what follows, with the event hashtag if there is one, so that it makes sense even if nobody opens the rest.',
    why: 'US federal advice on live-tweeting from an official account says to open with a post saying what you will cover and to use the event hashtag, then to limit the number of posts and close with a thank-you post.',
  },
} satisfies Record<string, TipText>;
