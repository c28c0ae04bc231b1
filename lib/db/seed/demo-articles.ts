import type { ClaimStatus } from '@/lib/db/schema/enums';

/** The demo stories: headline, dek and opening; the rest of each body comes from its section's notes. */
export type DemoArticle = {
  section: string;
  authors: string[];
  tags: string[];
  headline: string;
  dek: string;
  lede: string[];
  claim?: { status: ClaimStatus; note: string };
  updates?: { kind: 'update' | 'correction'; hoursAfter: number; body: string }[];
  /** Hours before the seed time; lower is newer. */
  ageHours: number;
};

export const demoArticles: DemoArticle[] = [
  {
    section: 'world', authors: ['ines-carvalho'], tags: ['elections', 'south-america'], ageHours: 2,
    headline: 'Polls close in Valdoria as both candidates claim early lead',
    dek: 'Counting is under way in a run-off that observers call the closest in the country’s democratic history.',
    lede: ['Polling stations across Valdoria closed at six in the evening after a day of long queues and scattered reports of faulty voting machines, with both candidates addressing supporters before a single official result had been announced.', 'The electoral tribunal said turnout had passed seventy per cent, the highest since direct elections were restored, and asked both campaigns to wait for the official count.'],
    claim: { status: 'developing', note: 'Both campaigns’ claims of a lead are based on their own exit polling and have not been independently verified.' },
    updates: [{ kind: 'update', hoursAfter: 1, body: 'The electoral tribunal published its first partial count, with 12 per cent of ballots tallied.' }],
  },
  {
    section: 'world', authors: ['tomasz-wrona'], tags: ['diplomacy', 'europe'], ageHours: 5,
    headline: 'Border talks resume in Lisvane after six-month freeze',
    dek: 'Negotiators meet on neutral ground with a narrow agenda: reopening two crossings before winter.',
    lede: ['Negotiators from both sides of the disputed border sat down in Lisvane on Monday for the first time since talks collapsed in the spring, under a chandelier that one delegate joked had seen more treaties than anyone in the room.', 'The agenda is deliberately modest. Both delegations say the aim is to reopen two road crossings before the first snow, not to settle the wider dispute.'],
  },
  {
    section: 'world', authors: ['ines-carvalho'], tags: ['water', 'south-america', 'climate-crisis'], ageHours: 30,
    headline: 'In drought-hit Serra Alta, a town learns to live on forty litres a day',
    dek: 'Rationing has reshaped daily life. Residents fear the reservoir will not recover before the dry season.',
    lede: ['At five in the morning the water truck reaches the upper streets of Serra Alta, and by a quarter past there is a queue of plastic drums stretching around the church.', 'The town’s reservoir stands at eleven per cent of capacity. Each household is allowed forty litres per person per day, a fraction of what most people used a year ago.'],
  },
  {
    section: 'world', authors: ['tomasz-wrona'], tags: ['europe', 'security'], ageHours: 52,
    headline: 'Alliance ministers agree to double the size of rapid response force',
    dek: 'The decision follows months of argument over who pays and who commands.',
    lede: ['Defence ministers agreed on Thursday to double the size of the alliance’s rapid response force, ending months of argument about funding and command that had threatened to overshadow the spring summit.', 'The enlarged force will be able to deploy within ten days, officials said, though several ministers conceded that reaching the new numbers will take at least three years.'],
  },
  {
    section: 'world', authors: ['ines-carvalho', 'tomasz-wrona'], tags: ['migration', 'diplomacy'], ageHours: 80,
    headline: 'Hundreds stranded at Port Amaro as ferry operator suspends crossings',
    dek: 'Families with children have spent four nights in the terminal. The operator blames a licensing dispute.',
    lede: ['More than four hundred passengers, many of them families with small children, have spent a fourth night in the ferry terminal at Port Amaro after the only operator on the route suspended its crossings without notice.', 'The company says its licence renewal has been held up by the port authority. The authority says the company failed to file its safety certificates on time.'],
    claim: { status: 'disputed', note: 'The operator and the port authority give conflicting accounts of why the licence lapsed.' },
  },
  {
    section: 'world', authors: ['tomasz-wrona'], tags: ['elections', 'europe'], ageHours: 120,
    headline: 'Coalition talks stall in Ostrava over the finance ministry',
    dek: 'Three parties agree on almost everything except who controls the budget.',
    lede: ['Three weeks after the election, coalition talks in Ostrava have stalled over a single question: which party gets the finance ministry.', 'Negotiators say they have agreed on more than ninety per cent of a programme for government, including pensions, housing and defence spending.'],
  },
  {
    section: 'politics', authors: ['daniel-hartley'], tags: ['parliament', 'civil-liberties'], ageHours: 3,
    headline: 'Emergency powers bill passes second reading by eleven votes',
    dek: 'A narrower margin than ministers expected leaves the government facing a difficult committee stage.',
    lede: ['The government’s emergency powers bill cleared its second reading on Tuesday night by eleven votes, after a debate that ran past midnight and exposed deep unease on the government’s own benches.', 'Twenty-three coalition members abstained, and four voted with the opposition.'],
    updates: [
      { kind: 'update', hoursAfter: 2, body: 'The whips’ office confirmed that two of the four rebels have been suspended from the parliamentary party.' },
      { kind: 'correction', hoursAfter: 5, body: 'An earlier version of this article said twenty-five coalition members abstained. The correct figure is twenty-three.' },
    ],
  },
  {
    section: 'politics', authors: ['daniel-hartley'], tags: ['party-funding', 'parliament'], ageHours: 26,
    headline: 'Donor list reveals property developers funded a fifth of party’s campaign',
    dek: 'Filings published by the electoral commission show a sharp rise in donations from the sector.',
    lede: ['Property developers and their directors gave almost a fifth of the governing party’s campaign funds at the last election, according to filings published on Wednesday by the electoral commission.', 'The figure is more than double the share recorded at the previous election.'],
  },
  {
    section: 'politics', authors: ['daniel-hartley'], tags: ['housing', 'local-government'], ageHours: 60,
    headline: 'Councils warn housing targets are “undeliverable” without new money',
    dek: 'A letter signed by forty council leaders says planning reform alone will not build the homes.',
    lede: ['Forty council leaders from all the main parties have written to the housing secretary warning that the government’s new targets cannot be met without money for roads, schools and surgeries.', 'The letter, seen by the Courier, says planning reform alone “will not lay a single brick”.'],
  },
  {
    section: 'politics', authors: ['daniel-hartley'], tags: ['civil-liberties', 'courts'], ageHours: 100,
    headline: 'Supreme court to hear challenge to protest restrictions in March',
    dek: 'Campaigners argue the rules give police powers that parliament never approved.',
    lede: ['The supreme court will hear a challenge to the government’s protest restrictions in March, in a case that campaigners say goes to the heart of the relationship between parliament and ministers.', 'The rules were introduced by regulation last year after a similar measure was defeated in the upper house.'],
  },
  {
    section: 'politics', authors: ['daniel-hartley', 'tomasz-wrona'], tags: ['diplomacy', 'parliament'], ageHours: 150,
    headline: 'Foreign secretary faces questions over unreported meetings with lobbyists',
    dek: 'Diaries released under freedom of information show eleven meetings missing from official returns.',
    lede: ['The foreign secretary held at least eleven meetings with lobbyists that were not declared in official transparency returns, according to diaries released under freedom of information rules.', 'His department said the omissions were an administrative error and that corrected returns would be published.'],
    claim: { status: 'unverified', note: 'The content of the meetings has not been independently verified; the department disputes that any policy was discussed.' },
  },
  {
    section: 'business', authors: ['leo-brandt'], tags: ['mergers', 'manufacturing'], ageHours: 4,
    headline: 'Halvorsen agrees £4bn takeover of rival engineering group',
    dek: 'The deal would create the region’s largest maker of industrial pumps. Unions want guarantees on jobs.',
    lede: ['Halvorsen, the engineering group, has agreed to buy its smaller rival Kestrel Dynamics for £4bn in cash and shares, creating the largest maker of industrial pumps in the region.', 'Kestrel’s board has recommended the offer, which represents a premium of 38 per cent to Friday’s closing price.'],
  },
  {
    section: 'business', authors: ['leo-brandt'], tags: ['interest-rates', 'inflation'], ageHours: 28,
    headline: 'Central bank holds rates but signals cut may come before summer',
    dek: 'A single word dropped from the statement sent bond yields to a six-month low.',
    lede: ['The central bank held interest rates at 4.5 per cent for a third meeting running on Thursday, but dropped a phrase from its statement that markets had treated as a promise of no cuts this year.', 'Bond yields fell to their lowest level in six months within minutes of the announcement.'],
  },
  {
    section: 'business', authors: ['leo-brandt'], tags: ['labour', 'manufacturing'], ageHours: 70,
    headline: 'Workers at Brightwater plant vote to strike over pensions',
    dek: 'The first strike at the site in twenty years could halt production of the company’s best-selling model.',
    lede: ['Workers at the Brightwater car plant have voted by a large majority to strike over changes to their pension scheme, in what would be the first walkout at the site in twenty years.', 'The union said 84 per cent of members voted for action on a turnout of 79 per cent.'],
  },
  {
    section: 'business', authors: ['leo-brandt'], tags: ['inflation', 'retail'], ageHours: 110,
    headline: 'Shop prices fall for the first time in three years',
    dek: 'Food inflation eased sharply in October, but the cost of eating out keeps climbing.',
    lede: ['Prices in the shops fell in October for the first time in three years, according to the retail federation’s monthly index, as supermarkets cut the cost of fresh food and household goods.', 'Food inflation dropped to 1.2 per cent, down from a peak of almost 19 per cent.'],
  },
  {
    section: 'business', authors: ['leo-brandt'], tags: ['technology', 'labour'], ageHours: 170,
    headline: 'The warehouse robots are here. The jobs have changed, not vanished — yet',
    dek: 'Inside a distribution centre where machines now move most of the shelves.',
    lede: ['In the distribution centre outside Corrin, the shelves move. Squat orange robots slide under them, lift them and carry them to the people who pick the orders, who no longer walk twelve miles a shift.', 'The company says it has not cut a single job since the robots arrived. Workers say the jobs that remain are faster, and lonelier.'],
  },
  {
    section: 'science', authors: ['priya-raman'], tags: ['physics', 'research-funding'], ageHours: 6,
    headline: 'Detector in disused mine records signal physicists have chased for decades',
    dek: 'The result is tantalising but falls short of the standard needed to claim a discovery.',
    lede: ['A detector built eleven hundred metres underground, in a disused salt mine, has recorded a signal that physicists have been chasing since the 1980s, the team behind it announced on Tuesday.', 'The result reaches a statistical significance of four sigma: strong evidence, but short of the five sigma that physicists require before they call something a discovery.'],
    claim: { status: 'unverified', note: 'The signal has not yet been reproduced by an independent experiment.' },
  },
  {
    section: 'science', authors: ['priya-raman'], tags: ['health', 'medicine'], ageHours: 34,
    headline: 'Nine-year study links sleep patterns to heart health in middle age',
    dek: 'Researchers followed 4,000 people. Irregular sleep, not short sleep, showed the strongest link.',
    lede: ['People whose bedtimes varied by more than ninety minutes from night to night were more likely to develop heart disease in middle age, according to a nine-year study of more than four thousand adults.', 'The link was stronger for irregular sleep than for short sleep, which surprised the researchers.'],
  },
  {
    section: 'science', authors: ['priya-raman', 'amara-okafor'], tags: ['oceans', 'climate-crisis'], ageHours: 76,
    headline: 'Deep-sea survey finds coral surviving where scientists thought none could',
    dek: 'A reef at 800 metres is thriving in water warmer and more acidic than models predicted it could tolerate.',
    lede: ['A survey of the seabed off the Hadley Ridge has found a thriving cold-water coral reef at a depth of eight hundred metres, in water that models had suggested was too warm and too acidic for it to survive.', 'The reef covers at least four square kilometres.'],
  },
  {
    section: 'science', authors: ['priya-raman'], tags: ['space', 'research-funding'], ageHours: 130,
    headline: 'Space agency delays lunar lander after heat shield fails test',
    dek: 'The launch slips by at least a year; engineers say the problem is understood.',
    lede: ['The space agency has delayed the launch of its first lunar lander by at least a year after its heat shield cracked during a test in September.', 'Engineers say they understand the cause, a flaw in the bonding process, and have a fix.'],
    updates: [{ kind: 'update', hoursAfter: 20, body: 'The agency has published the test report, which confirms the bonding flaw.' }],
  },
  {
    section: 'science', authors: ['priya-raman'], tags: ['medicine', 'health'], ageHours: 190,
    headline: 'Antibiotic found in soil sample kills drug-resistant bacteria in lab tests',
    dek: 'The compound is years from the clinic, but the way it works is new.',
    lede: ['A compound found in a soil sample collected from a school playground has killed several drug-resistant bacteria in laboratory tests, researchers reported on Wednesday.', 'It attacks the bacteria’s outer membrane in a way no approved antibiotic does.'],
    claim: { status: 'confirmed', note: 'The laboratory results have been independently reproduced by a second group.' },
  },
  {
    section: 'climate', authors: ['amara-okafor'], tags: ['energy', 'wind-power'], ageHours: 8,
    headline: 'Largest offshore wind farm in these waters sends first power to the grid',
    dek: 'When complete, the Northgate array will supply 600,000 homes. Its connection took longer than its construction.',
    lede: ['The first turbines at the Northgate offshore wind farm sent electricity to the grid on Sunday night, six years after the project was approved and four years after its connection to the grid was promised.', 'When all 95 turbines are running, the array will be the largest in these waters.'],
  },
  {
    section: 'climate', authors: ['amara-okafor'], tags: ['climate-crisis', 'heatwave'], ageHours: 32,
    headline: 'October was the hottest on record, the third record month this year',
    dek: 'Provisional figures show temperatures more than two degrees above the long-term average.',
    lede: ['Last month was the hottest October since records began, the national weather service said on Monday, with average temperatures 2.1 degrees above the long-term mean.', 'It is the third month this year to set a record.'],
  },
  {
    section: 'climate', authors: ['amara-okafor'], tags: ['insurance', 'flooding'], ageHours: 66,
    headline: 'Coastal homeowners left without cover as insurers retreat',
    dek: 'In three towns, more than a third of homes can no longer get flood insurance at any price.',
    lede: ['More than a third of homes in three coastal towns can no longer buy flood insurance at any price, according to an analysis of industry data by the Courier.', 'Without insurance, most of those homes cannot be sold to buyers who need a mortgage.'],
    claim: { status: 'developing', note: 'Insurers have been asked to confirm the figures and several have not yet responded.' },
  },
  {
    section: 'climate', authors: ['amara-okafor'], tags: ['energy', 'climate-summit'], ageHours: 140,
    headline: 'Summit agrees damage fund but leaves the bill for later',
    dek: 'Poorer countries won the principle. The money is still to be found.',
    lede: ['Negotiators at the climate summit agreed in the early hours of Saturday to create a fund to help poorer countries recover from climate disasters, after two weeks of talks that ran a day and a half over time.', 'The agreement leaves open who will pay into the fund and how much.'],
  },
  {
    section: 'climate', authors: ['amara-okafor', 'leo-brandt'], tags: ['energy', 'technology'], ageHours: 200,
    headline: 'Grid queue now longer than the country’s entire power supply',
    dek: 'Projects waiting to connect could generate more than every plant now running. Some have waited a decade.',
    lede: ['The queue of solar, wind and battery projects waiting to be connected to the national grid now adds up to more generating capacity than every power station currently running, according to figures from the grid operator.', 'Some projects have been waiting for a connection for more than ten years.'],
  },
  {
    section: 'climate', authors: ['amara-okafor'], tags: ['farming', 'water'], ageHours: 260,
    headline: 'In the Tarn valley, farmers swap wheat for crops that need less rain',
    dek: 'Drought-tolerant varieties keep fields alive. They do not yet keep farms profitable.',
    lede: ['Three years ago, almost every field in the upper Tarn valley grew wheat. This autumn, a third of them are planted with sorghum, millet and chickpeas.', 'The farmers who switched say they had little choice.'],
  },
  {
    section: 'culture', authors: ['noor-haddad'], tags: ['books', 'prizes'], ageHours: 10,
    headline: 'A slim novel about four generations wins the Harrow Prize',
    dek: 'Judges praised “The Salt House” for what it leaves unsaid. Its translator shares the award.',
    lede: ['“The Salt House”, a novel of barely two hundred pages about four generations of a fishing family, has won the Harrow Prize for fiction, the judges announced on Wednesday night.', 'Its author and its translator will share the prize money equally.'],
  },
  {
    section: 'culture', authors: ['noor-haddad'], tags: ['film', 'reviews'], ageHours: 36,
    headline: 'Review: “Low Tide” is patient, beautiful and a little too sure of itself',
    dek: 'The long-awaited second film from the director of “Quarry” rewards attention until its final act.',
    lede: ['There is a shot near the beginning of “Low Tide” that lasts almost four minutes: a woman walking across wet sand towards the sea, getting no closer. It is the film in miniature — patient, beautiful and a little too sure of itself.'],
  },
  {
    section: 'culture', authors: ['noor-haddad'], tags: ['art', 'exhibitions'], ageHours: 90,
    headline: 'Ninety works, three continents, one painter the art world forgot',
    dek: 'A retrospective of Marta Velez gathers pictures unseen in public for half a century.',
    lede: ['For fifty years, most of Marta Velez’s paintings hung in private houses, seen only by the families who bought them. This month, ninety of them are on the walls of the City Gallery.', 'It took the curator six years to borrow them.'],
  },
  {
    section: 'culture', authors: ['noor-haddad'], tags: ['music', 'funding'], ageHours: 160,
    headline: 'Orchestra bets its season on composers under forty, and sells out',
    dek: 'Six new commissions have drawn the youngest audiences the concert hall has seen.',
    lede: ['When the Riverside Orchestra announced a season built around six new works by composers under forty, its board was nervous. The first two concerts sold out in a day.', 'A third of the tickets were bought by people under thirty.'],
  },
  {
    section: 'culture', authors: ['noor-haddad'], tags: ['theatre', 'funding'], ageHours: 220,
    headline: 'Regional theatres warn another winter of energy bills could close them',
    dek: 'Nine venues say they have reserves for less than three months.',
    lede: ['Nine regional theatres have warned that they could close within months if energy prices stay high through the winter, in a joint letter to the culture minister.', 'Between them, the venues sold more than a million tickets last year.'],
  },
  {
    section: 'culture', authors: ['noor-haddad'], tags: ['books', 'translation'], ageHours: 300,
    headline: 'Translated fiction is having its best year. Thank the reading groups',
    dek: 'Sales have doubled in five years. Booksellers credit prizes, clubs and a generation of new translators.',
    lede: ['Sales of translated fiction have doubled in five years and are on course for their best year yet, according to figures from the booksellers’ association.', 'Independent shops say reading groups are driving much of the growth.'],
  },
  {
    section: 'sport', authors: ['sam-whitfield'], tags: ['football', 'var'], ageHours: 12,
    headline: 'Late header sinks Eastport as Millbrook climb to fourth',
    dek: 'Two goals in the last ten minutes turned the afternoon, and the video review that decided it will be examined.',
    lede: ['Millbrook came from behind to beat Eastport 2-1 with two goals in the last ten minutes, the second a looping header that the goalkeeper, dazzled by the low sun, barely saw.', 'The equaliser stood after a four-minute video review that Eastport’s manager called “a farce”.'],
    updates: [{ kind: 'update', hoursAfter: 18, body: 'The governing body has confirmed it will review the decision.' }],
  },
  {
    section: 'sport', authors: ['sam-whitfield'], tags: ['football', 'womens-sport'], ageHours: 40,
    headline: 'Women’s league match sells out the national stadium for the first time',
    dek: 'Sixty thousand tickets went in three days. Players say it would have been unthinkable a decade ago.',
    lede: ['All sixty thousand tickets for Sunday’s women’s league match between Harbour City and Ashby have been sold, the first time a domestic women’s game has filled the national stadium.', 'They went on sale on Thursday.'],
  },
  {
    section: 'sport', authors: ['sam-whitfield'], tags: ['cricket'], ageHours: 96,
    headline: 'A farewell century for the captain who carried his county for fifteen years',
    dek: 'In his last home match, Jonah Ellery made 112 and walked off to a standing ovation.',
    lede: ['Jonah Ellery walked out to bat at the County Ground for the last time on Saturday with his side at 34 for three. He walked off four hours later with 112 to his name and the crowd on its feet.'],
  },
  {
    section: 'sport', authors: ['sam-whitfield', 'leo-brandt'], tags: ['football', 'club-finance'], ageHours: 180,
    headline: 'Frozen ticket prices are filling stadiums. Can clubs afford to keep them?',
    dek: 'Attendance is up by a fifth at clubs that froze prices. Their accounts tell a harder story.',
    lede: ['When Millbrook froze its ticket prices three seasons ago, the decision was mocked as a gimmick. Attendance has since risen by almost a fifth, and a third of season-ticket holders are under twenty-five.', 'Its accounts show the policy has cost the club about £2m a year.'],
  },
  {
    section: 'sport', authors: ['sam-whitfield'], tags: ['athletics'], ageHours: 240,
    headline: 'Teenager breaks national 800m record in her first senior race',
    dek: 'Ama Lindqvist, 17, ran 1:58.4 and now has the world championships in her sights.',
    lede: ['Ama Lindqvist had never run a senior race before Saturday. By the end of it, at the age of seventeen, she held the national 800m record.', 'Her time of 1:58.4 beat a record that had stood for twenty-two years.'],
    claim: { status: 'confirmed', note: 'The time has been ratified by the national athletics federation.' },
  },
  {
    section: 'politics', authors: ['daniel-hartley'], tags: ['local-government', 'elections'], ageHours: 320,
    headline: 'Turnout in local elections could fall below a quarter, officials fear',
    dek: 'A new voter ID rule and a cold snap forecast for polling day have councils worried.',
    lede: ['Electoral officials fear turnout in next month’s local elections could fall below 25 per cent in some areas, as a new voter ID requirement takes effect for the first time.', 'Councils have been told to expect queues at polling stations.'],
  },
  {
    section: 'world', authors: ['tomasz-wrona'], tags: ['security', 'diplomacy'], ageHours: 360,
    headline: 'Retracted: reports of troop movements near the Kessel pass',
    dek: 'Satellite images circulated online were from an exercise two years ago.',
    lede: ['Images circulated widely online on Tuesday, said to show troops massing near the Kessel pass, were taken during a military exercise two years ago, an analysis by the Courier has found.', 'Our earlier report, which relied in part on those images, has been retracted.'],
    claim: { status: 'retracted', note: 'Our earlier report relied on images later shown to be two years old. We have retracted it.' },
    updates: [{ kind: 'correction', hoursAfter: 6, body: 'This article replaces an earlier report that has been retracted. We regret the error.' }],
  },
  {
    section: 'business', authors: ['leo-brandt'], tags: ['technology', 'mergers'], ageHours: 400,
    headline: 'Regulator opens inquiry into payments start-up’s data deal',
    dek: 'The watchdog will examine whether customers were told their data would be shared.',
    lede: ['The data protection regulator has opened a formal inquiry into Paylo, the payments start-up, over an agreement to share customer data with a marketing firm.', 'Paylo says it complied with the law at all times.'],
  },
  {
    section: 'science', authors: ['priya-raman'], tags: ['space'], ageHours: 450,
    headline: 'Amateur astronomer spots new comet from her back garden',
    dek: 'Comet Okonjo should be visible with binoculars by January.',
    lede: ['An amateur astronomer has discovered a new comet using a telescope in her back garden, the international astronomical union has confirmed.', 'Comet Okonjo, named after its discoverer, should be visible with binoculars by January.'],
  },
];
