import type { TipText } from '../../schema';

export default {
  'plan-think-in-campaigns': {
    title: 'Treat every post as part of a campaign',
    body: "The IPU's 2021 Social media guide for parliaments and parliamentarians walks through a typical campaign in three stages: plan, execute, measure. Work the same way: link each post to a campaign with a stated aim, so you can tell afterwards whether it helped.",
    why: "What is confirmed about the IPU guide is its structure and purpose, not its detailed advice. The advice to tie each post to an aim comes from the UK Government Communication Service's OASIS planning model, which defines a campaign as planned communication that tells a story over time towards a measurable result, and asks teams to see every item as part of one so it can be evaluated.",
    example: {
      do: "Log tomorrow's post under the 'Housing inquiry launch' campaign, whose aim is more written evidence from tenants.",
      dont: 'Post whatever the day brings and look at the statistics once a year.',
    },
  },
  'plan-one-objective-per-campaign': {
    title: 'Give each campaign one main objective you can check',
    body: "Write the main objective in three parts: where things stand now, the change you want, and why it matters. Add a date. 'Raise awareness of the committee' can't be checked; 'double written submissions to the inquiry by 30 June' can.",
    why: 'The UK Government Communication Service asks for objectives that are specific, measurable, attainable, relevant and time-bound, and its evaluation framework was built to help teams write them with KPI targets. The baseline–change–reason format is taught in a CharityComms session on applying the same OASIS model. A single main objective tells everyone which posts matter most and what to measure at the end.',
    example: {
      do: 'Baseline: 40 submissions to our last inquiry of this kind. Aim: 80 by 30 June, because the committee wants evidence from tenants, not only experts.',
      dont: 'Objectives: awareness, engagement, trust, reach, participation.',
    },
  },
  'plan-decide-what-each-account-is-for': {
    title: 'Decide what each account is for before you measure it',
    body: 'An account can inform (business, bills, reports), educate (material for schools and learners), listen, or hold a dialogue. Choose the mix for each account and campaign, then judge it against that mix rather than against every goal at once.',
    why: "Andy Williamson, author of the IPU's 2013 Social Media Guidelines for Parliaments, grouped parliamentary uses into information, education and outreach in a 2013 presentation. US federal guidance on social media metrics likewise splits the work into sharing, listening and engaging, and asks each account to choose its own mix and measure against it.",
    example: {
      do: 'Committee account: mainly inform (inquiries, hearings, reports), with listening during calls for evidence.',
      dont: 'Expect the chamber-business account to also build a school audience and run daily dialogue.',
    },
  },
  'plan-make-listening-a-goal': {
    title: 'Make listening a stated goal, not a by-product',
    body: 'If you want to hear from people, write it into the objective and decide who reads the replies and where the findings go. In an OECD survey, only 16% of centres of government listed understanding public opinion as an aim of their communication.',
    why: "The OECD's 2020 survey of centres of government found 16% naming public opinion and 8% naming stakeholder participation as communication objectives; most activity was announcements and awareness campaigns. The IPU–UNDP Global Parliamentary Report 2022 describes parliaments increasingly using several channels both to inform and to listen. In 2009, UK Parliament already listed listening to the public among the original reasons for its channels.",
    example: {
      do: 'Objective: collect 200 comments on the draft bill from small-business owners; the clerk summarises them for the committee.',
      dont: "Ask 'What do you think?' with no plan for who reads the answers.",
    },
  },
  'plan-one-key-message': {
    title: 'Agree one key message in plain words before anyone drafts',
    body: "Write, in one sentence a non-specialist would understand, the thing you want people to remember. Reuse the same wording across the campaign. UK committee staff cut jargon, kept their terms consistent and wrote to the reader as 'you'.",
    why: "The same committee team found that 'cross-party' was not widely understood, so it showed each committee's members and parties in a graphic instead of explaining the term. The UK Government Communication Service describes a campaign as a story told over time; repeating one clear message helps people recognise it.",
    example: {
      do: 'Key message: MPs want to hear from people who rent their home about repairs.',
      dont: 'Key message: the committee is undertaking scrutiny of housing policy in the private rented sector.',
    },
  },
  'plan-check-who-follows-each-account': {
    title: 'Check who actually follows each account',
    body: 'Look at your analytics before you set a channel strategy. UK Parliament found 48% of its Instagram audience was in the UK, against 15% on Facebook, and shaped each channel accordingly. One institution can have very different audiences on each platform.',
    why: "UK Parliament's 2018 Instagram and Facebook strategies both started from audience research: location and the themes that did best (on Instagram: Big Ben and the Elizabeth Tower, the restoration of the Palace, anniversaries and art). With a largely international Facebook audience, it chose to balance institutional messages with what that audience cared about, and to favour quality over quantity.",
  },
  'plan-frame-international-work-for-who-follows': {
    title: 'Frame delegations and international work for the people who follow you',
    body: "Visiting delegations and work with other parliaments are part of what an institution tells the public about. Before you post about them, check where the account's followers are, and balance the institutional message with what that audience cares about.",
    why: "Andy Williamson, author of the IPU's 2013 Social Media Guidelines for Parliaments, listed visiting delegations among the information uses of parliamentary social media in a 2013 presentation. UK Parliament found in 2018 that only about one in five of its Facebook followers were in the UK, and chose to balance institutional messages against that international audience's interests.",
  },
  'plan-show-parliament-as-a-workplace': {
    title: 'Plan vacancy posts with your internal communications',
    body: 'A job or internship post is one piece of a wider picture of parliament as a place to work. Plan it with the colleagues who run internal communications, so that vacancies sit beside the people and work they describe.',
    why: "UK Parliament's 2018 Facebook plan set out to link social media with internal communications, showing Parliament as a place to work.",
  },
  'plan-issues-before-procedure': {
    title: 'Start from the issue people care about, then show the procedure',
    body: 'Most people come to parliament through a subject, not through its process. Lead with an issue your audience lives with, then show where parliamentary work touches it. One study found about 80% of UK Parliament posts simply reported activity.',
    why: "After a 2014 Twitter chat on diabetes, run with an online diabetes community around a Westminster Hall debate, UK Parliament's outreach team concluded that the public engages through issues. Andy Williamson, author of the IPU's 2013 guidelines, warned that content must be relevant to the audience rather than self-promotional; the 2013 guidelines name the central difficulty as being engaging while staying non-partisan. Issue-led posts from an institution still have to be balanced.",
    example: {
      do: "Rent going up? This week MPs question the minister on tenants' rights. Watch live or send a question.",
      dont: 'Oral questions to the Minister for Housing will take place at 14:30.',
    },
  },
  'plan-consult-a-defined-group': {
    title: 'For a consultation, choose one group and go where it already gathers',
    body: "Choose whose experience the committee needs to hear and where those people talk online, then go there. In 2014 UK Parliament's outreach team ran a Twitter chat with the Our Diabetes community around a Westminster Hall debate on diabetes.",
    why: 'MoneySavingExpert says it often gathers its forum users’ views for Parliament, and in 2015 it met Parliament’s outreach team with other communities (Netmums, Our Diabetes, Girlguiding) to plan how to engage people with Parliament. Staff who ran more than 20 committee web forums from 2007 found that the ones that worked aimed at a very specific audience; a 2015 forum on brain-tumour research for the Petitions Committee drew over 1,100 posts in 10 days. A partner community brings the audience to you; the wording of the question is still yours to get right.',
    example: {
      do: "Ask a patients' online community to share the call with its members, in the place where they already talk.",
      dont: 'Post the call once on the general account and wait for replies.',
    },
  },
  'plan-tell-people-who-took-part': {
    title: 'Plan to tell the people who already took part',
    body: 'Petitioners, witnesses and event guests are your warmest audience. When the UK Petitions Committee told signatories that their petition would be debated, its chair reported, reading of Hansard rose 300% and viewing of the debates 900%.',
    why: "The figures come from the committee's chair, in a review by the House of Lords Liaison Committee, and measure reading and viewing overall, not social media alone. Plan the follow-up message at the start of the campaign, and check you have consent to contact people again.",
    example: {
      do: 'Schedule the post and email for signatories the day the debate date is set.',
      dont: 'Announce the debate only on the general account, on the morning it happens.',
    },
  },
  'plan-young-audiences': {
    title: 'To reach young people, plan for where they get their news',
    body: "In Ofcom's 2024 UK data, 82% of 16–24-year-olds used social media for news and 49% TV. A Commons committee chose Instagram to reach students, and Norway's Storting opened a youth Instagram account in 2020 that gained 1,200 followers in two weeks.",
    why: "The Ofcom figures are for the UK and were read in a secondary write-up: check your own country's data. The Storting launched 'Stortinget Ung' while visits were suspended by the pandemic; 84% of its early followers were under 34. The IPU notes that half the world's population is under 30 but only 2.6% of MPs are, so content for young people also speaks to a gap in representation.",
  },
  'plan-decide-language-model': {
    title: 'Decide how you handle each official language before launch',
    body: "Choose between bilingual posts and twin accounts, one per language, and plan translation time into the calendar. The Welsh Government posts original content in both languages at the same time; Canada's Library of Parliament runs parallel English and French accounts.",
    why: 'In the Welsh Government model, every account is either bilingual or one of a Welsh/English pair, each bio names its twin, and single bilingual posts are preferred where possible. Whatever the model, publish the languages together, as the Welsh Government does, rather than letting one trail the other.',
    example: {
      do: 'Publish the French and English versions together and link each account to its twin in the bio.',
      dont: 'Post in one language in the morning and translate "when there is time".',
    },
  },
  'plan-platforms-from-national-data': {
    title: "Choose platforms from your own country's data, not global rankings",
    body: 'Weekly news use differs widely by platform and by country. Reuters Institute figures for 2025 put Facebook at 36% of the global sample and X at 12%, with Threads, Bluesky and Mastodon at 2% or less. Check your own country before committing staff time.',
    why: "The IPU's 2013 Social Media Guidelines for Parliaments started from going to where people already are, and said there is no single correct approach: it depends on many online and offline factors. The Reuters Institute Digital News Report 2025 figures were read in a secondary write-up; the report's country pages give local data.",
  },
  'plan-justify-a-new-account': {
    title: 'Before opening a new account, make the case in writing',
    body: "Write down why the account is needed, why existing channels won't do, who it is for and who will run it. New accounts start from nothing: Upper Austria's Landtag TikTok account had 193 followers after about six months.",
    why: 'The NSW Government asks for this short channel strategy before any new account is opened, and advises against opening accounts for short-term goals. Accounts multiply quietly: a 2017 UK Commons freedom-of-information answer found no central register of them, and in 2019 the House managed 42 Twitter accounts. A campaign can often run on a channel that already has an audience.',
  },
  'plan-clear-a-new-platform-first': {
    title: 'Clear a new platform with security staff and members first',
    body: "UK Parliament's TikTok pilot was closed in August 2022, days after launch, when senior members objected; reports said members had not been consulted. Several parliaments have since kept TikTok off official devices. Check before you go live.",
    why: "Denmark's Folketing (2023) advised removing TikTok from work devices; the UK Houses and Norway's Storting (2023) and Finland's Eduskunta (2024) blocked or removed it, mostly on security advice. Other chambers, such as Brazil's Chamber of Deputies, run TikTok accounts. The point is not which platform is right, but to settle the question with security advisers and governing bodies before launch.",
  },
  'plan-review-platform-choices': {
    title: 'Review your platform choices on a fixed schedule',
    body: "Platforms change their rules under you. After Facebook's 2018 feed change, UK Parliament wrote its first Facebook content strategy. German regional parliaments reached opposite decisions on X, and the Bavarian Landtag reviews its choice regularly. Set a review date.",
    why: "Andy Williamson, author of the IPU's 2013 guidelines, warned in 2013 that platforms change fast. UK Parliament's Facebook engagement and clicks had already dropped sharply in late 2017. Lower Saxony's Landtag stopped using X, judging that a neutral institution could no longer stay; the Bavarian Landtag's President argued that leaving would hand the space to radicals. Both are defensible: write down your criteria and revisit them.",
  },
  'plan-staff-replies-before-inviting-them': {
    title: 'Staff the replies before you invite them',
    body: 'A campaign that asks for questions creates work: replies, moderation, follow-up. Agree who covers it, for how long, and who steps in during absences. In an OECD survey, 76% of centres of government named lack of staff and skills as a top-three challenge.',
    why: "The IPU's 2013 Social Media Guidelines for Parliaments put weight on staffing the work adequately and training staff. The OECD figure comes from its 2020 survey, read via a podcast interview with the report's authors. Victoria (Australia) asks every official account for a contingency plan for moderation staffing.",
  },
  'plan-reply-rota': {
    title: 'Run public replies on a rota with a shared answer sheet',
    body: 'Give each trained colleague a fixed day to answer questions, keep a sheet of common answers and log every question. USAGov worked this way for three years, answered over 3,000 questions in two languages and halved the time spent on each.',
    why: 'The USAGov team also agreed to ask a colleague after about five minutes of searching. Its log (platform, who answered, time taken) fed the answer sheet and showed managers what the service was worth.',
  },
  'plan-live-qa-roles': {
    title: 'For a live Q&A, staff three roles and plan for overflow',
    body: "Have a host, a subject expert and a social media manager in constant contact. Fix the topic, and say where unanswered questions will be answered. When Sweden's Speaker took questions on Instagram in 2020, only about a third could be answered.",
    why: "The three roles come from US federal advice on hosting Twitter chats. The Riksdag dealt with the overflow by publishing a selection of questions and answers on its website afterwards. In a 12-hour Twitter chat the IPU co-hosted in 2018, questions were numbered and each answer was prefixed with its question's number.",
    example: {
      do: 'Ask the Speaker, Thursday 12:00–13:00, about how the chamber works. Unanswered questions: round-up on our website on Monday.',
      dont: 'Ask us anything! (no time, topic or follow-up)',
    },
  },
  'plan-central-team-and-network': {
    title: 'Give one team the lead and connect the others',
    body: 'Where several teams post for parliament, a central team can set guidance, advise colleagues and run the corporate channels. UK Parliament built its Instagram strategy in workshops with over 40 comms and digital staff from both Houses.',
    why: "UK Parliament's central social media team advises the various comms and social teams across both Houses and runs and analyses the corporate channels. Its workshops concluded that teams need a regular content schedule so social media is not an afterthought. In 2021 the Finnish Parliament's Speaker's Council proposed reorganising its communications department under a full-time head, partly because its units had worked in silos.",
  },
  'plan-digital-skills-in-member-offices': {
    title: "Build social media skills into the office's job descriptions",
    body: "Assistants often carry the daily work. Finnish MPs interviewed in 2021 found their assistants more useful for it than their parties. In a UK project, 15 of 19 MPs' staff said weak digital skills stopped them doing more online. Name the skills when you hire.",
    why: "In the Tampere University study, some assistants edited and subtitled video, prepared post templates and answered citizens' messages. Doteveryone's Digital MPs project found that 17 of the last 40 job adverts for MPs' staff it checked did not mention digital skills, and advised putting them in every job description.",
  },
  'plan-messages-are-casework': {
    title: 'Treat direct messages as casework',
    body: "Messages to an MP's account can be real cases. One MP received 177 Facebook messages in about 13 months, 31 of them needing investigation. Check the inbox daily and say in your bio how to get help and when to expect an answer.",
    why: 'Doteveryone advises making social inboxes part of the daily post routine, putting the office email address in the bio and pinning a post on how casework is handled. An online-safety toolkit for UK representatives adds: set fixed times for checking accounts, state them publicly, and use a dedicated professional account.',
    example: {
      do: 'Bio: For help with a personal matter, email the office (address). We reply within 5 working days.',
      dont: 'Leave the inbox open with no word on who reads it or when.',
    },
  },
  'plan-records-and-house-rules': {
    title: 'Plan record keeping and publish house rules from day one',
    body: 'Posts, comments and messages can be public records: in Swedish public agencies they may become official documents, and US agency posts are federal records. Before launch, agree how you archive, and publish your community rules and who runs the account.',
    why: "The Swedish example concerns public agencies generally, as explained by Statistics Sweden. Victoria (Australia) asks every official account for a strategy, a risks guide, an annual audit, a record-keeping procedure, public community guidelines, an internal moderation guide, a complaints policy and moderation cover. New Zealand agencies publish a transparency statement on their approach. Check your own parliament's records rules.",
  },
  'plan-calendar-known-dates': {
    title: 'Build the calendar around dates you already know',
    body: "Anniversaries, open days and recurring events give ready-made hooks. Slovenia's National Assembly opened its Instagram at 11:00 on 19 February 2019, 60 years to the minute after its building was opened; Sweden's Riksdag opened its democracy centenary on the exact date.",
    why: "The Riksdag's 'Fira demokratin!' programme (2018–2022) opened on 17 December 2018, a century after the first agreements on universal suffrage. In Denmark, Culture Night, Citizenship Day and the Youth Parliament held every other year recur at Christiansborg. Put such dates in the calendar a year ahead and plan content for each.",
  },
  'plan-inquiry-key-moments': {
    title: 'Plan content for each stage of a committee inquiry',
    body: 'An inquiry has natural moments: launch, evidence sessions, report. UK Commons committees prepared a graphic for each and wrote in plain language; their tweets became easier to share, and monthly impressions passed 4 million by July 2016.',
    why: 'Before the change, committee retweets had been stuck at around 2,500 a month. The strategy, started in October 2015, set out to make inquiries easy and interesting to follow. Prepare the three sets of material when the inquiry is launched, not the night before each session.',
  },
  'plan-sign-up-reminders': {
    title: 'For sign-ups, plan the reminders as well as the launch',
    body: 'A single post rarely fills the places. Plan a sequence: announce, remind midway, last call before the deadline. Point every post to the same page, check that it works on a phone, and give the date in each post.',
    example: {
      do: 'Week 1: places open. Week 3: half the places gone. Day before: last call, with the deadline in the first line.',
      dont: 'One announcement a month before the deadline, then silence.',
    },
  },
  'plan-campaign-hashtag-and-handles': {
    title: 'Settle the campaign hashtag and a list of handles before launch',
    body: 'Pick one short hashtag, check that nobody else is using it, and share it with partners and speakers, with their handles. The Riksdag gathered its 2018 Almedalen activities under #duochdemokrati; UK Parliament paired #ParliChat with a topic tag.',
    why: "US federal advice on covering events is to prepare the list of speakers' and organisations' handles and the official hashtag beforehand; tagging them connects their followers to the event. In 2014 UK Parliament's outreach team ran a chat with the Our Diabetes community using a diabetes hashtag alongside #ParliChat.",
  },
  'plan-few-big-campaigns-a-month': {
    title: 'Keep big campaigns few and leave gaps in the calendar',
    body: 'USAGov runs no more than two or three large campaigns a month and keeps room for news and partner requests. Collect ideas through one form: what, when, for whom, in which languages, and what support it needs.',
    why: "USAGov keeps its editorial calendar as a high-level overview, not a detailed project plan, and its form also asks which web pages are affected and who proposed the idea. UK Parliament's workshops with comms staff concluded that a regular schedule keeps social media from being an afterthought.",
  },
  'plan-targets-from-your-baseline': {
    title: 'Set targets from your own baseline',
    body: 'Before launch, note the current figure for what you will measure, such as average engagements per post over the last three months, and set the target against it. Industry benchmarks use different formulas and are drawn from brands.',
    why: "AMEC's Integrated Evaluation Framework is meant to be used at the planning stage, starting from objectives. Benchmark reports calculate differently, so the same industry can show 0.26% in one report and 3.80% in another. Your own past results, measured the same way, are the fairer yardstick.",
    example: {
      do: 'Last three inquiry launches averaged 45 engagements per post; target 60 for this one.',
      dont: 'Target: beat the industry average engagement rate we found online.',
    },
  },
  'plan-targets-fit-the-account-stage': {
    title: "Pick targets that suit the account's stage",
    body: "A young account should track growth and returning visitors; an established one, engagement and how people experience it. Tie each target to one of the institution's priorities, not to whatever the dashboard shows first.",
    why: "US federal metrics guidance groups baseline measures into breadth, depth, direct engagement, loyalty and customer experience, and matches growth and loyalty measures to accounts still building their community. In UK government, 'evaluation champions' build KPIs around their organisation's strategic priorities.",
  },
  'plan-publish-response-times': {
    title: 'Publish response times you can actually keep',
    body: "Set a reply target you can staff and publish it with your monitoring hours. Public bodies range from within 24 hours to 1–3 working days or office hours only. UK Parliament once listed its moderators' hours as 10:00–16:00 on weekdays.",
    why: 'US federal guidance gives 24 hours or 2 hours as example targets. NSW asks that community guidelines, reachable from the profile, say who runs the page, how comments are handled, the monitoring hours and the response times. A modest promise kept does more for trust than an ambitious one missed.',
  },
  'plan-anniversaries-people-recognise': {
    title: 'Pick the anniversaries your followers already care about',
    body: "Start from milestones the public knows. The Folketing opened its Facebook page with dates of Danish democracy, such as women's vote in 1915; the Eduskunta's page tells parliamentary history such as the first women MPs of 1907.",
    why: "UK Parliament's 2018 Instagram strategy, built on audience research, found topical anniversaries among its best-performing themes, with Big Ben and the Elizabeth Tower, the restoration of the Palace and art in Parliament. Check your own analytics to see which history your audience responds to.",
  },
  'plan-memory-calls-need-promotion': {
    title: 'Give a call for memories a target and its own promotion',
    body: "A call for memories of parliament takes more than one post. Finland's Parliament got roughly 220 pages from about 70 people in 2016, against hopes of hundreds of contributors; the organisers blamed how it was run and marketed.",
    why: "The organisers of 'Minun eduskuntani – Min riksdag', run with the Finnish Literature Society archive, also pointed to a topic people take for granted. Set a number to aim for, plan promotion for the whole collection period, and say where contributions will appear: the Parliament published the best excerpts on its website through 2017.",
  },
  'plan-spread-a-jubilee-over-the-year': {
    title: 'Spread a centenary across many moments and formats',
    body: "A jubilee is a programme, not a post. Sweden's Riksdag marked its democracy centenary over four years, 2018–2022, with exhibitions, films and school material; Finland's Parliament produced more than 70 events for Finland's centenary in 2017.",
    why: "The Riksdag's 'Fira demokratin!' ran in the Riksdag, around Sweden, on its website and on social media, with a microsite of films, an interactive timeline and features such as the first five women in the Riksdag. In Finland, MPs made nearly 600 school visits in January 2017, and the year closed with a jubilee session on 5 December. Each part gives the accounts something new to post.",
  },
  'plan-give-young-people-a-role': {
    title: 'Give young people a part in the coverage, not only a seat in the audience',
    body: "At Finland's 2024 Youth Parliament, a youth newsroom wrote the press release and pupil journalists questioned MPs; a Commons committee used an Instagram poll sticker as the way in for students. Give young people a role in the posts themselves.",
    why: "The Eduskunta published the press release written by 'Nuorten Ääni', a Helsinki city youth service, and put the day's photos on its Flickr account. Sweden's Riksdag covered the 2018 Youth Riksdag, where 349 delegates sat in 21 committees, as a time-stamped live blog.",
  },
} satisfies Record<string, TipText>;
