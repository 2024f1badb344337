import type { TipText } from '../../schema';

export default {
  'measure-know-what-each-number-counts': {
    title: 'Know what impressions, reach and engagements count',
    body: 'Impressions count every time a post is displayed, repeats included; reach counts distinct accounts; engagements count interactions such as likes, shares, replies and clicks. Impressions say a post was seen; engagements, that it held attention.',
    why: "UK Commons committee staff worked with these definitions: impressions as a measure of reach, engagements as a sign of attention, and engagements per post to judge quality. Platforms name and calculate these figures differently and change them over time, so state each platform's definition in your reports.",
  },
  'measure-mark-metric-changes': {
    title: 'Note the break when Meta switched to Views',
    body: 'In late 2024 Meta made Views the main metric on Facebook, as it already was on Instagram. For photos, text posts and Stories, Views replaced Impressions and include repeat views, so numbers rose. Flag the change in any trend that crosses it.',
    why: 'Reach, 3-second video views, reactions, comments and shares did not change, so those series stay comparable across the switch; video Plays were simply renamed Views. Platforms rename and redefine metrics often: when a trend jumps, check the definitions before celebrating.',
  },
  'measure-video-watch-time': {
    title: 'For video, look at watch time as well as views',
    body: 'A view may last only a few seconds. Compare views with minutes watched, or with how many people reached the end. A clip of a sitting with many views but little watch time has not got its substance across.',
    why: 'US federal guidance on social media metrics recommends pairing video views with minutes watched or completion, because a high view count can hide how few people saw the substance.',
  },
  'measure-followers-in-context': {
    title: "Don't report follower counts on their own",
    body: 'Follower totals are easy to show and easy to misread. Report them beside engagement, returning visitors and feedback. Survey feedback gets few replies, so if you run a survey, tie it to a specific campaign.',
    why: 'US federal metrics guidance notes that follower numbers are often taken as a sign of success, but that community size means little without other measures. It groups baseline measures into breadth (community size and growth), depth, direct engagement, loyalty and customer experience.',
  },
  'measure-outcomes-not-only-outputs': {
    title: 'Measure what people did, not only what you posted',
    body: 'Separate outputs (posts, impressions), out-takes (what people understood or felt) and outcomes (what they did: submissions, sign-ups, visits). A consultation is judged by the evidence it gathered, not by its reach.',
    why: "The UK Government Communication Service's Evaluation Cycle (2024) runs from inputs and outputs through out-takes, outcomes and impact to learning; AMEC's Integrated Evaluation Framework follows a similar chain. When UK Parliament's Petitions Committee told signatories about debates, its chair reported the effect as rises in Hansard reading and debate viewing: outcomes, not outputs.",
    example: {
      do: 'Outputs: 12 posts, 80,000 impressions. Outcome: 146 written submissions, 60 of them from tenants (the target group).',
      dont: 'Result: 80,000 impressions. Success.',
    },
  },
  'measure-track-the-action': {
    title: 'Track how many people came from social media and acted',
    body: "For a registration or a consultation, the figure that matters is how many people arrived from social media and completed it. Ask for referrals by platform: UK Parliament's February 2017 write-up showed referrals from Twitter up 87%.",
    why: "In 2009 UK Parliament's web team, in a post about its channel statistics, wrote that the numbers tell only part of the story and that public and internal feedback and traffic back to the website matter too. US federal metrics guidance calls this depth: conversions and viewing. A distinct link for each platform lets your web analytics tell them apart.",
  },
  'measure-count-feedback-too': {
    title: 'Count feedback as evidence, not just numbers',
    body: "Keep a record of notable comments, questions, media pick-ups and colleagues' or members' reactions during a campaign. They explain the numbers and often show effects that analytics miss.",
    why: "UK Parliament's web team wrote in 2009 that numbers are only part of the story: public and internal feedback and traffic to the website count too. US federal guidance suggests, for example, reading a hashtag through its sentiment, top keywords and volume of engagement rather than a single count.",
  },
  'measure-engagement-per-post': {
    title: 'Judge quality by engagement per post, not by totals',
    body: 'Divide engagements by the number of posts to see whether posts got better, not just more numerous. From about October 2015 to May 2016, UK Commons committee tweets rose 13% in number while impressions rose 258% and engagements 300%.',
    why: "The committees' gain came from better posts (graphics at key moments of inquiries, plainer language), not from more of them. Engagements per post separate quality from volume: posting more can raise the totals while each post does worse.",
    example: {
      do: 'Campaign A: 20 posts, 900 engagements (45 per post). Campaign B: 40 posts, 1,200 engagements (30 per post).',
      dont: 'Campaign B did better: 1,200 engagements against 900.',
    },
  },
  'measure-one-engagement-rate-formula': {
    title: 'Pick one engagement-rate formula and stick to it',
    body: "Engagement rate may mean engagements per impression (as on X) or interactions per follower (as some benchmark firms compute it). The two can't be compared. Choose one, state it in every report, and never mix them.",
    why: "On X, engagements include clicks anywhere on a post (links, hashtags, profile, expanding it) as well as reposts, replies, follows and likes, according to Buffer's description of X metrics; UK Commons committees also counted hashtag clicks as engagements. Benchmark reports calculate differently, so the same industry can show 0.26% in one report and 3.80% in another.",
    example: {
      do: 'Engagement rate = engagements ÷ impressions, from X analytics, for all posts in the campaign.',
      dont: 'Comparing our X rate per impression with an Instagram rate per follower from an industry report.',
    },
  },
  'measure-response-times': {
    title: 'Measure how fast and how fully you answer',
    body: 'If the campaign invites questions, record how many came in, how many got an answer and how long each took, then compare with your published target. Speed of response is a measure of service, not a detail.',
    why: 'US federal metrics guidance counts the volume and speed of responses under direct engagement. USAGov logged every question with the channel, the person who answered and the time taken; over three years it halved the time spent per question, and it used the log to show management a return on investment.',
  },
  'measure-against-target-and-own-past': {
    title: 'Compare results with your target and your own past, not brand benchmarks',
    body: "Industry benchmarks come from brands and depend on method. Rival IQ's 2024 all-industry median on Facebook was 0.063% engagement per follower per post, for brands with 25,000 to 1 million Facebook fans. Treat such figures as context; judge a campaign by its own target.",
    why: 'The Rival IQ figures were read in secondary write-ups. Benchmark reports calculate differently (Rival IQ divides by followers, Hootsuite averages engagement per post), so the same industry can show 0.26% in one report and 3.80% in another. A similar past campaign of your own, measured the same way, is a fairer yardstick.',
  },
  'measure-narrative-report': {
    title: 'Put the numbers in a short monthly narrative',
    body: "Numbers don't explain themselves. Each month, say what happened, why it matters for the institution's goals and what you will change. UK Parliament's digital team committed to a monthly written account of its metrics.",
    why: "US federal guidance asks for a campaign narrative that combines several measures and explains what they mean, and says there should always be something to report on how social media served the organisation's goals. If there isn't, revisit the strategy.",
    example: {
      do: 'March: the report thread brought most of the visits to the inquiry page, so we will use a thread for the next report too.',
      dont: 'March: 212 posts, 1.3 million impressions, 4,100 engagements.',
    },
  },
  'measure-proportionate-evaluation': {
    title: 'Match the evaluation to the size of the campaign',
    body: 'A one-week push needs a basic check against its objective; a year-long programme deserves more. UK government guidance includes a decision tree for choosing basic, enhanced or comprehensive evaluation of low-cost work such as social media.',
    why: 'The decision tree accompanies the Evaluation Cycle (2024) of the UK Government Communication Service (GCS). Planning follows the same logic: GCS notes that a digital activity may take a few hours to plan, while the audience work for a long behaviour-change campaign can take weeks. The 2013 US federal baseline metrics were chosen so that free analytics tools could produce them: a small team can start without paid tools.',
  },
  'measure-privacy-in-reports': {
    title: 'Report themes and totals, not named members of the public',
    body: "In evaluation reports, describe sentiment, themes and audiences in aggregate. Don't list individual users, such as 'top influencers'. Before using a social listening tool, check its terms with your legal and privacy colleagues.",
    why: "This follows US federal metrics guidance for public bodies, whose baseline measures were chosen partly to protect citizens' privacy. In a consultation summary, quote contributions only anonymised or with their authors' consent.",
  },
  'measure-review-every-campaign': {
    title: 'Close each campaign with a short review',
    body: 'Soon after the end, take half an hour with the team: what worked, why, and what to change next time. Write the answers down where whoever plans the next campaign will find them.',
    why: "A US federal toolkit advises closing every incident or campaign with a review of what worked, why and what to change, and keeping the lessons in an after-action report that stays up to date. The UK Government Communication Service's Evaluation Cycle also ends with a learning and innovation stage.",
  },
  'measure-explain-shortfalls': {
    title: 'Write down why a campaign fell short',
    body: "Finland's Parliament expected hundreds of people to share memories in its 2016 collection campaign; about 70 did. The organisers said why: how it was run and marketed, and a topic people take for granted. Honest reasons are what improve the next attempt.",
    why: "The reflection was published on the Library of Parliament's blog, and the best excerpts still appeared on the Parliament's website through 2017. A new channel can disappoint too: Upper Austria's Landtag TikTok account had 193 followers after about six months. Record the reasons while they are fresh.",
  },
  'measure-evaluation-is-a-team-skill': {
    title: "Make basic evaluation everyone's skill, not one analyst's",
    body: 'Everyone who posts should be able to set a measurable objective, read the main figures and write a short review. UK government communications has a three-level evaluation standard and expects every government communicator to reach at least the first.',
    why: "The Government Communication Service's levels are Foundation, Practitioner and Advanced. Measuring effectiveness was already part of the IPU's 2013 Social Media Guidelines for Parliaments, which cover it alongside copyright and privacy.",
  },
} satisfies Record<string, TipText>;
