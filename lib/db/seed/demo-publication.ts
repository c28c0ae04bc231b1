/**
 * The demo newsroom: "The Meridian Courier", a fictional publication written for Broadsheet. Every person,
 * place and event here is invented. Article bodies are assembled from the section's reporting notes below
 * (see demo-articles.ts), so each story has realistic length and structure.
 */

import type { EditableSiteSettings } from '@/lib/settings/site-settings-schema';

export const publicationName = 'The Meridian Courier';

/** What the demo's admin would have typed into the settings: the same rows a real newsroom fills in. */
export const demoSiteSettings: EditableSiteSettings = {
  publicationName,
  tagline: 'News, analysis and comment',
  description: 'Independent reporting from around the world, with readers in the conversation.',
  about:
    'The Meridian Courier is an independent, reader-supported newsroom. We correct our mistakes openly: ' +
    'every update and correction is dated on the story it changes.',
  postalAddress: 'The Meridian Courier, 1 Harbour Row, Port Meridian MR1 1AA',
  timeZone: 'Europe/London',
  language: 'en-GB',
  socialLinks: [
    { label: 'Mastodon', url: 'https://mastodon.example/@meridian' },
    { label: 'Instagram', url: 'https://instagram.example/meridiancourier' },
  ],
  headerLinks: [],
  footerLinks: [{ label: 'Support our journalism', url: 'https://donate.example/meridian' }],
};

/** The demo's standing pages, written as paragraphs; the seed turns them into body documents. */
export const demoPages: { slug: string; title: string; dek: string; paragraphs: string[] }[] = [
  {
    slug: 'about',
    title: 'About us',
    dek: 'Who we are, who pays for our journalism, and how to reach the newsroom.',
    paragraphs: [
      'The Meridian Courier is a fictional newsroom written for Broadsheet. Our correspondents report from six continents; our editors check every claim before it is published, and say so when they cannot.',
      'We are funded by our readers. No advertiser, owner or donor sees a story before it is published.',
      'Write to the newsroom at newsroom@meridian.example. Tips can be sent in confidence.',
    ],
  },
  {
    slug: 'corrections-policy',
    title: 'Corrections policy',
    dek: 'When we get something wrong, we say so on the story, with the date.',
    paragraphs: [
      'Every correction is added to the story it corrects, dated, and kept there. We do not quietly change published facts.',
      'If you think we have made a mistake, use “Report an error in this article” under any story. An editor reads every report.',
    ],
  },
];

export type DemoSection = {
  slug: string;
  name: string;
  description: string;
  subheads: string[];
  paragraphs: string[];
  quotes: { text: string; by: string }[];
  questions: string[];
};

export const demoSections: DemoSection[] = [
  {
    slug: 'world',
    name: 'World',
    description: 'Reporting from our correspondents across six continents.',
    subheads: ['What happened overnight', 'A region on edge', 'The diplomatic track', 'What comes next'],
    paragraphs: [
      'Officials in the capital confirmed the figures late on Tuesday, but cautioned that the count was provisional and could rise as teams reached outlying districts cut off by the weekend storms.',
      'Diplomats in the region described the mood as tense but not yet desperate. Several embassies have advised non-essential staff to leave, while keeping consular sections open for citizens who want help getting out.',
      'The government has so far declined to say how many people were detained in the sweep. Families gathered outside the central police station on Wednesday morning, holding photographs and asking for names.',
      'Neighbouring states have called for restraint on all sides. A joint statement issued after an emergency meeting urged "an immediate return to dialogue" and offered to host talks on neutral ground.',
      'Aid agencies say the greater danger lies in the weeks ahead. With the main road to the coast closed and fuel prices doubling since the start of the month, warehouses in the north hold less than a fortnight of supplies.',
      'Analysts note that the crisis has exposed long-standing fault lines: a constitution amended three times in a decade, a judiciary whose independence is contested, and an economy that still depends on a single export.',
      'Residents interviewed by the Courier described long queues for bread and intermittent power cuts, but also a stubborn normality: schools reopened on Monday and the central market was busy by mid-morning.',
      'The United Nations envoy is expected to arrive on Friday. Her office said she would meet government ministers, opposition leaders and civil society groups, and would visit the displacement camps outside the city.',
    ],
    quotes: [
      { text: 'We are not asking for sympathy. We are asking for the road to be opened so that the trucks can reach us.', by: 'a community organiser in the northern district' },
      { text: 'Every day without talks is a day the hardliners on both sides grow stronger.', by: 'a senior diplomat who asked not to be named' },
      { text: 'The numbers we have are the floor, not the ceiling.', by: 'a spokesperson for the regional health authority' },
    ],
    questions: [
      'Will the government allow independent monitors into the affected districts?',
      'How long can the northern warehouses keep supplies flowing without the coast road?',
      'Will neighbouring states follow through on their offer to host talks?',
      'What happens to the detainees whose names have not been released?',
      'Can the central bank hold the currency steady through another month of unrest?',
    ],
  },
  {
    slug: 'politics',
    name: 'Politics',
    description: 'Parliament, parties and the people who hold power to account.',
    subheads: ['Inside the negotiations', 'The numbers in the chamber', 'What the opposition wants', 'The road to the vote'],
    paragraphs: [
      'The bill cleared its second reading by a margin of eleven votes, narrower than ministers had predicted in private briefings last week, and a sign that the coalition whips have work ahead before the final stage.',
      'Opposition leaders seized on the result, arguing that the government had lost the argument in the country even if it still held a majority in the chamber. Several backbenchers abstained rather than vote against their own side.',
      'At the heart of the dispute is a clause that would allow ministers to amend the rules by regulation rather than by a fresh act of parliament. Critics call it a blank cheque; the government calls it necessary flexibility.',
      'Polling published on Sunday suggested the public is split almost evenly, with younger voters strongly opposed and voters over sixty narrowly in favour. Fewer than a third said they had followed the debate closely.',
      'The committee stage will now run for at least three weeks. Amendments tabled so far include a sunset clause, an annual report to parliament and a requirement for an independent review after two years.',
      'Party officials acknowledge that the timetable is tight. With the budget due in the spring and local elections in May, there is little room for a second rebellion without pushing other legislation into the autumn.',
      'Constitutional lawyers consulted by the Courier said the measure would almost certainly face a legal challenge, though they disagreed on whether the courts would be willing to intervene in a matter of parliamentary procedure.',
      'For the prime minister, the vote is also a test of authority. Allies insist the margin is comfortable; rivals note that the same coalition passed its first budget with a majority of forty.',
    ],
    quotes: [
      { text: 'This is not a technical change. It moves power from this chamber to a minister’s desk.', by: 'the leader of the opposition' },
      { text: 'We have listened, we have amended, and we will keep listening through committee.', by: 'the minister responsible for the bill' },
      { text: 'My constituents did not send me here to give away the powers they lent me.', by: 'a government backbencher who abstained' },
    ],
    questions: [
      'Will the government accept a sunset clause to win back the abstainers?',
      'Could the courts be asked to rule before the bill receives final approval?',
      'How will the upper house, where the coalition has no majority, treat the bill?',
      'Does the narrow vote change the timetable for the spring budget?',
    ],
  },
  {
    slug: 'business',
    name: 'Business',
    description: 'Markets, companies and the economy that pays the bills.',
    subheads: ['The deal on the table', 'What investors are watching', 'Winners and losers', 'The view from the shop floor'],
    paragraphs: [
      'Shares rose more than six per cent in early trading before settling back as analysts pored over the terms. The offer values the company at roughly twice its annual revenue, a premium that surprised some long-standing holders.',
      'The central bank held interest rates for a third consecutive meeting, but its statement dropped a phrase about rates staying "higher for longer", which markets read as an opening for a cut before the summer.',
      'Inflation has fallen faster than forecast, largely because energy prices eased through the autumn. Services inflation, which tracks wages more closely, remains stubborn at just under five per cent.',
      'Unions at the company’s two largest plants said they had not been consulted and would seek guarantees on jobs and pensions before any deal is completed. Management said no site closures were planned "at this stage".',
      'Small businesses tell a more cautious story. A survey of eight hundred firms found that more than a third expect to delay hiring this year, citing higher borrowing costs and uncertainty over the new tax rules.',
      'Regulators have thirty working days to decide whether to open a full investigation. Competition lawyers say the overlap in the two companies’ logistics businesses is the most likely sticking point.',
      'For consumers, the immediate effect may be modest. Prices in the shops are set months ahead, and retailers say they are more worried about the cost of shipping than about the exchange rate.',
      'The company’s chief executive, who joined from a rival two years ago, has staked her reputation on the turnaround. Profits have returned, but debt remains high and the dividend has not been restored.',
    ],
    quotes: [
      { text: 'The price is full, but not foolish. The question is whether they can deliver the savings they promised.', by: 'a fund manager who holds shares in both companies' },
      { text: 'We have heard “no closures at this stage” before. We want it in writing.', by: 'a union representative at the northern plant' },
      { text: 'The last mile of inflation is always the hardest.', by: 'a former member of the central bank’s rate-setting committee' },
    ],
    questions: [
      'Will regulators open an in-depth investigation into the merger?',
      'Can the company cut its debt without selling its most profitable division?',
      'When will the central bank make its first cut, and how deep will it be?',
      'What guarantees will workers at the two largest plants receive?',
    ],
  },
  {
    slug: 'science',
    name: 'Science',
    description: 'Discoveries, doubts and the people doing the research.',
    subheads: ['What the researchers found', 'How the study worked', 'Reasons for caution', 'Where the field goes next'],
    paragraphs: [
      'The team followed just over four thousand participants for nine years, collecting blood samples every eighteen months. That length of follow-up is unusual for a study of this kind, and it is what gives the findings their weight.',
      'Independent researchers welcomed the results but urged caution. The study was observational, they pointed out, so it can show that two things tend to occur together without proving that one causes the other.',
      'The instrument, built by a consortium of eleven universities, took almost a decade to design. Its detectors are cooled to a fraction of a degree above absolute zero, so that the faint signal is not drowned out by heat.',
      'Replication will be the real test. Two other groups have already said they will try to reproduce the measurement using different equipment, and expect to report within eighteen months.',
      'The paper was published after peer review in a leading journal, and the authors have made their data and analysis code publicly available, a practice that has become more common since the replication debates of the last decade.',
      'Funding remains a worry. The project’s grant runs out next year, and the team has applied for a renewal at a time when research budgets are under pressure across most of the countries involved.',
      'For patients, any practical benefit is still years away. A clinical trial would need to show not only that the treatment works but that it is safe over long periods and affordable for health systems to offer.',
      'The lead author, who began the work as a doctoral student, said the result had surprised her. "We expected a small effect, or none at all. We checked it every way we could think of before we believed it."',
    ],
    quotes: [
      { text: 'It is a careful piece of work, and it asks exactly the right question. It does not yet answer it.', by: 'an epidemiologist who was not involved in the study' },
      { text: 'Science moves by people trying very hard to prove each other wrong. That is what should happen now.', by: 'the project’s principal investigator' },
      { text: 'Nine years of data is a gift. Most of us work with two.', by: 'a statistician at a rival institute' },
    ],
    questions: [
      'Will the two independent groups be able to replicate the measurement?',
      'Does the effect hold in populations the study did not include?',
      'Will the project’s funding be renewed next year?',
      'How soon could a clinical trial begin, and who would pay for it?',
    ],
  },
  {
    slug: 'climate',
    name: 'Climate',
    description: 'The warming planet, the energy transition and the fight over both.',
    subheads: ['The scale of the problem', 'Who pays', 'On the ground', 'The promises and the gap'],
    paragraphs: [
      'Average temperatures across the region were more than two degrees above the long-term mean for the month, according to provisional data from the national weather service, the third record-breaking month this year.',
      'The new wind farm, forty kilometres offshore, will supply enough electricity for roughly six hundred thousand homes when it is fully running. Its turbines are among the largest ever installed in these waters.',
      'Farmers in the valley say the rains now arrive later and harder than they did a generation ago. Several have switched to drought-tolerant crops, at the cost of lower yields and prices that barely cover their expenses.',
      'The country’s emissions fell by four per cent last year, but most of the decline came from the closure of two coal plants. Emissions from transport and buildings were essentially flat, and officials admit progress there is slower.',
      'Insurers have begun to withdraw cover from the most exposed coastal towns, leaving some homeowners unable to sell. Local councils are asking the national government to step in before property values collapse.',
      'Negotiators at the summit agreed on a fund to help poorer countries cope with climate damage, but left the hardest questions, including who pays in and how much, to a committee that will report next year.',
      'Engineers say the grid is the bottleneck. Connecting new solar and wind projects can take up to eight years, and the queue of projects waiting for a connection now exceeds the country’s entire current generating capacity.',
      'Scientists stress that the trend, not any single heatwave, is what matters. Attribution studies can estimate how much more likely an extreme event has become, but they take weeks to complete and rarely make headlines.',
    ],
    quotes: [
      { text: 'We plan the season around the rain, and the rain no longer keeps its appointments.', by: 'a farmer who has worked the same land for thirty years' },
      { text: 'The technology is ready. The wires are not.', by: 'the chief engineer of the national grid operator' },
      { text: 'A fund with no money in it is a promise, not a policy.', by: 'a negotiator for a group of island states' },
    ],
    questions: [
      'Who will pay into the new loss-and-damage fund, and how much?',
      'Can grid connections be sped up without weakening planning safeguards?',
      'Will the national government back-stop insurance in exposed coastal towns?',
      'How quickly can transport emissions start to fall?',
    ],
  },
  {
    slug: 'culture',
    name: 'Culture',
    description: 'Books, film, music, art and the ideas that shape them.',
    subheads: ['The work itself', 'Behind the scenes', 'The reception', 'Why it matters now'],
    paragraphs: [
      'The novel runs to barely two hundred pages, but it covers four generations of one family, moving back and forth in time with a confidence that recalls the best of the author’s earlier work.',
      'The exhibition brings together more than ninety pieces, many of them shown in public for the first time. They were borrowed from private collections across three continents, some after years of negotiation.',
      'Critics were divided after the premiere. Some praised the film’s restraint and its long, patient takes; others found its final act rushed, as if the director had run out of either money or nerve.',
      'The orchestra has commissioned six new works this season, all from composers under forty. Ticket sales for the first two concerts were the strongest for a contemporary programme in the hall’s history.',
      'The festival’s director said the programme was built around a simple question: what does it mean to belong somewhere? The answers, across theatre, dance and spoken word, are rarely comfortable.',
      'Independent bookshops report a steady rise in sales of translated fiction, driven in part by reading groups and in part by prizes that now split their money equally between author and translator.',
      'The production transfers to a larger theatre in the spring, with most of the original cast. Its writer, who spent a decade working as a nurse before her first play was staged, is already at work on the next one.',
      'Arts funding remains precarious. The national council’s budget has been cut in real terms for six years running, and several regional venues have warned that they may not survive another winter of high energy bills.',
    ],
    quotes: [
      { text: 'I wanted to write about the things families do not say to each other, and the damage the silence does.', by: 'the novelist, speaking at the book’s launch' },
      { text: 'Audiences are braver than programmers give them credit for.', by: 'the orchestra’s artistic director' },
      { text: 'A museum that only shows what it owns is a warehouse with a café.', by: 'the exhibition’s curator' },
    ],
    questions: [
      'Will the regional venues that warned of closure make it through the winter?',
      'Can the production keep its original cast when it transfers?',
      'Will the prize’s split between author and translator be copied elsewhere?',
      'What will the festival’s new director change next year?',
    ],
  },
  {
    slug: 'sport',
    name: 'Sport',
    description: 'Results, rivalries and the stories behind the scores.',
    subheads: ['How the match was won', 'The turning point', 'The view from the dressing room', 'What it means for the season'],
    paragraphs: [
      'The home side led for most of the afternoon but were undone by two goals in the final ten minutes, the second a looping header that the goalkeeper, blinded by the low sun, saw only as it crossed the line.',
      'The victory lifts them to fourth in the table, three points clear of the chasing pack with nine games to play, and keeps alive a realistic hope of European football for the first time in a decade.',
      'The coach, appointed in the summer on a two-year contract, has rebuilt the midfield around two academy graduates who had barely played a senior game a year ago. Both were outstanding again.',
      'The governing body confirmed it would review the decision after complaints from both clubs. Its statement said the video assistant had "followed protocol" but that the protocol itself would be examined.',
      'Attendance has risen by almost a fifth since ticket prices were frozen, and the club says a third of season-ticket holders are under twenty-five, a figure it describes as the healthiest in the league.',
      'For the veteran captain, who has announced that this will be his last season, the result carried particular weight. He was substituted to a standing ovation and stayed on the pitch long after the final whistle.',
      'The women’s team, meanwhile, sold out the national stadium for a league match for the first time, a milestone that players said would have been unthinkable when most of them started their careers.',
      'Injuries remain the concern. Three first-team players are out until the spring, and the squad is thin at full-back, where a teenager made his debut on Saturday and was booked within four minutes.',
    ],
    quotes: [
      { text: 'We played the way we train. That is the only thing I asked of them.', by: 'the head coach, after the match' },
      { text: 'I have played in bigger stadiums, but never in front of a louder one.', by: 'the club captain' },
      { text: 'The rule is clear. How it was applied is what we want explained.', by: 'the visiting club’s sporting director' },
    ],
    questions: [
      'Can the squad’s depth survive three more months of fixtures?',
      'Will the governing body change the video-review protocol mid-season?',
      'Who replaces the captain when he retires in the summer?',
      'Can the women’s team sell out the stadium again?',
    ],
  },
];

export type DemoAuthor = {
  slug: string;
  name: string;
  title: string;
  shortBio: string;
  longBio: string;
  email: string;
  hue: number;
  links: { label: string; url: string }[];
};

export const demoAuthors: DemoAuthor[] = [
  {
    slug: 'ines-carvalho',
    name: 'Inés Carvalho',
    title: 'Latin America correspondent',
    shortBio: 'Inés Carvalho covers Latin America from São Paulo. She has reported on elections, droughts and disappearances in eleven countries.',
    longBio: 'Inés Carvalho joined the Courier in 2019 after a decade at regional newspapers in Brazil and Argentina. She has reported from eleven countries across the continent, with a focus on migration, water and the courts. She speaks Portuguese, Spanish and English, and is learning Guaraní.',
    email: 'ines@meridian.example',
    hue: 12,
    links: [{ label: 'Mastodon', url: 'https://mastodon.example/@ines' }],
  },
  {
    slug: 'tomasz-wrona',
    name: 'Tomasz Wrona',
    title: 'Europe editor',
    shortBio: 'Tomasz Wrona leads the Courier’s coverage of Europe from Brussels and writes on diplomacy and security.',
    longBio: 'Tomasz Wrona has covered European politics for fifteen years, from Warsaw, Berlin and now Brussels. Before journalism he worked as a translator at international summits, which he says taught him that the real news is usually in the footnotes.',
    email: 'tomasz@meridian.example',
    hue: 210,
    links: [{ label: 'Website', url: 'https://wrona.example' }],
  },
  {
    slug: 'amara-okafor',
    name: 'Amara Okafor',
    title: 'Climate and energy reporter',
    shortBio: 'Amara Okafor reports on the climate crisis, the energy transition and the communities caught between them.',
    longBio: 'Amara Okafor trained as an engineer before moving into journalism. She has reported from offshore wind farms, flooded deltas and three climate summits, and leads the Courier’s data desk on emissions.',
    email: 'amara@meridian.example',
    hue: 150,
    links: [],
  },
  {
    slug: 'daniel-hartley',
    name: 'Daniel Hartley',
    title: 'Political correspondent',
    shortBio: 'Daniel Hartley covers parliament, the parties and the people who fund them.',
    longBio: 'Daniel Hartley has spent twelve years in the press gallery. He writes the weekly Westbank column and has broken stories on party funding, lobbying and the civil service.',
    email: 'daniel@meridian.example',
    hue: 260,
    links: [{ label: 'Newsletter', url: 'https://hartley.example/newsletter' }],
  },
  {
    slug: 'priya-raman',
    name: 'Priya Raman',
    title: 'Science editor',
    shortBio: 'Priya Raman edits the Courier’s science coverage, with a soft spot for physics and a hard line on statistics.',
    longBio: 'Priya Raman holds a doctorate in astrophysics and worked as a researcher for five years before joining the Courier. She edits the science desk and writes about the people and the arguments behind discoveries.',
    email: 'priya@meridian.example',
    hue: 290,
    links: [],
  },
  {
    slug: 'leo-brandt',
    name: 'Leo Brandt',
    title: 'Business reporter',
    shortBio: 'Leo Brandt covers companies, markets and work, from boardrooms to factory floors.',
    longBio: 'Leo Brandt joined the Courier from a financial wire service. He covers mergers, central banks and labour relations, and is the author of a book about the collapse of a regional bank.',
    email: 'leo@meridian.example',
    hue: 40,
    links: [],
  },
  {
    slug: 'noor-haddad',
    name: 'Noor Haddad',
    title: 'Culture critic',
    shortBio: 'Noor Haddad reviews books, theatre and film, and interviews the people who make them.',
    longBio: 'Noor Haddad has been the Courier’s culture critic since 2021. She has judged two national literary prizes and hosts the paper’s monthly books podcast.',
    email: 'noor@meridian.example',
    hue: 330,
    links: [{ label: 'Podcast', url: 'https://courier.example/podcasts/books' }],
  },
  {
    slug: 'sam-whitfield',
    name: 'Sam Whitfield',
    title: 'Chief sports writer',
    shortBio: 'Sam Whitfield writes about football, cricket and the business of sport.',
    longBio: 'Sam Whitfield has covered four World Cups and more wet Tuesday nights than he can count. He is the Courier’s chief sports writer.',
    email: 'sam@meridian.example',
    hue: 95,
    links: [],
  },
];
