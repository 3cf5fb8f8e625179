/**
 * Story lines the list rules took on pages nobody tuned on (issue 18, 18body10): a last paragraph
 * signed in brackets above a list of other stories, a story's results written out line by line with
 * a figure each, a live log's entries below a separator of dots, and the items of a page that is
 * itself a list of stories below the first item's topic and the last item's link. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { endsSignedSentence } from '../../indexer/clean/script-stops.ts';

const kept = (text: string) => cleanText(text).kept.map((l) => l.text);

const STORY = [
  'Harbour police arrest dozens in overnight raids',
  '',
  'Police in the harbour district said on Sunday they had arrested about forty people in a series of overnight raids on warehouses.',
  'A spokesperson for the force said the raids followed months of complaints from residents about thefts from the quay.',
  'She said officers had recovered stolen goods worth several thousand pounds, including bicycles and outboard motors.',
  '“The raids will go on until the quay is safe again,” she said.',
];

describe('a last paragraph signed in brackets', () => {
  it('reads a sentence with its signature glued on as a sentence, and a headline or a short line as none', () => {
    for (const t of [
      'She said those found responsible would be prosecuted after an investigation. (XNA)',
      'The conference closed with a vote on the new rules for the season. (ab)',
      'Der Minister sagte, die Arbeiten würden im Frühjahr beginnen. (dpa)',
    ])
      assert.ok(endsSignedSentence(t), t);
    for (const t of [
      'Mayor resigns over budget row (Video)',
      'Yes. (AP)',
      'The harbour master was asked about the dredging plans. (and said nothing about them at all, to anyone)',
      'Storm hits the coast',
    ])
      assert.ok(!endsSignedSentence(t), t);
  });

  it('keeps the signed last paragraph above a labelled list of other stories', () => {
    const signed = 'She said those arrested and found responsible would be prosecuted after an investigation. (XNA)';
    const page = [
      ...STORY,
      signed,
      'More Stories',
      'COUNCIL APPROVES NEW BUDGET FOR THE COMING YEAR',
      'The city council has approved a budget that raises spending on roads and schools.',
      'FERRY SERVICE RESUMES AFTER TWO-WEEK BREAK',
      'The island ferry is running again after repairs to its engine were finished.',
      'NEW STADIUM PLANS SHOWN TO RESIDENTS',
    ].join('\n');
    const texts = kept(page);
    assert.ok(texts.includes(signed));
    assert.ok(!texts.includes('FERRY SERVICE RESUMES AFTER TWO-WEEK BREAK'), 'the list below still goes');
  });

  it('keeps the signed last paragraph above a list of links and the page’s closing chrome', () => {
    const signed = 'The meeting was held under the theme Building Back Together, the party said. (KL)';
    const page = [...STORY, '', signed, '', 'Leave a Reply'].join('\n');
    assert.ok(kept(page).includes(signed));
  });
});

describe('a story’s results written out line by line', () => {
  it('keeps three lines in a row each carrying a figure between the paragraphs', () => {
    const results = [
      'Northfield West Green hold 46.2% with a swing of 3.1%',
      'And at the other end of the county, Southmoor Liberal hold 41.7%',
      'Eastbrook Moorlands Green hold 45.2% with another swing of 5.7%',
    ];
    const page = [
      'Election night: the county counts',
      '',
      'The first results of the night came in just after midnight, and the turnout was higher than at the last election in most seats.',
      '',
      ...results,
      '',
      'The count in the city seats is expected to go on until the early hours, the returning officer said on Thursday night.',
      '',
      'Both main parties said they were pleased with the early results, though neither would say how many seats it expected to win.',
    ].join('\n');
    const texts = kept(page);
    for (const r of results) assert.ok(texts.includes(r), r);
  });

  it('still drops a run of other stories’ headlines between the paragraphs', () => {
    const links = [
      'School roof repairs finished ahead of the new term',
      'Bus company adds late services on Fridays from March',
      'New owners for the old mill by the river bank',
    ];
    const page = [
      'Council approves new cycle lanes for the town centre',
      '',
      'The council approved plans on Tuesday for three new cycle lanes through the town centre, to be built over the next two years.',
      '',
      ...links,
      '',
      'Work on the first lane, along the river road, is due to start in the spring and will close one side of the road for six weeks.',
      '',
      'Shop owners on the high street said they were worried about deliveries, but the council promised loading bays at both ends.',
    ].join('\n');
    const texts = kept(page);
    for (const l of links) assert.ok(!texts.includes(l), l);
  });
});

describe('a live log’s entries below a separator', () => {
  it('keeps the entries under the stamps below a line of dots', () => {
    const page = [
      'Count night as it happened',
      '',
      'The counts are under way across the county, and the first results are expected soon after midnight.',
      '',
      '1:45am:',
      'On to the villages:',
      'Our reporter at the count says the first boxes from the villages have been opened and the turnout looks high.',
      '',
      '1:40am:',
      'Totals update:',
      'The first seat of the night has been called, a hold for the Greens with a slightly bigger majority.',
      '',
      '1:35am:',
      'The leader speaks. He thanks his constituency and everyone who worked on the campaign for the last six weeks.',
      'He talks about friendship and support and pride in the town where he grew up.',
      '',
      '1:30am:',
      'Northfield West:',
      'Green: 20,496',
      'Liberal: 856',
      '......',
      '',
      'Southmoor and Eastbrook',
      'Liberal: 760',
      'Green: 29,559 - LEADER ELECTED',
      'Reform: 6,550',
      '',
      '1:25am:',
      'Kirkby Hill:',
      'Green hold 40.8%',
    ].join('\n');
    const texts = kept(page);
    for (const entry of ['Southmoor and Eastbrook', 'Green: 29,559 - LEADER ELECTED', 'Reform: 6,550', 'Green hold 40.8%'])
      assert.ok(texts.includes(entry), entry);
    assert.ok(!texts.includes('......'), 'the separator stays out of the text');
  });
});

describe('a page that is a list of stories', () => {
  it('keeps every item’s headline, off the first item’s topic and below the last “Continue Reading”', () => {
    const items: [string, string][] = [
      [
        'Harbour authority reports damage to an undersea cable off the north coast',
        'PORTHAVEN (XN) — The harbour authority has reported damage to an undersea cable off the north coast, the second such report in a month, and divers are due to inspect it on Monday…',
      ],
      [
        'Governor sues lawmakers over a measure that takes away his power over the elections board',
        'By JANE DOE Wire Service MILLTOWN (XN) — The governor sued the state’s lawmakers on Tuesday over a measure that would take away his power to name the members of the elections board…',
      ],
      [
        'Singer says telling fans about her divorce was a ‘weight off my shoulders’',
        'By JOHN ROE Wire Service LAKEVIEW (XN) — The singer says she feels free again after telling her fans about her divorce from the actor she had been married to for twenty years…',
      ],
      [
        '‘Not knowing’ leaves the families of missing sailors in a limbo of grief',
        'By ANNA SMITH and PETER JONES Wire Service SEAPORT (XN) — For the families of the sailors missing since the storm, the hardest part is not knowing, and the days pass in a limbo of grief…',
      ],
    ];
    const last = 'Mayor denies talking about postal votes with a volunteer at the centre of the fraud claims';
    const page = ['Skip to Content', '', 'XN-National', ''];
    for (const [headline, teaser] of items) page.push(headline, '', teaser, '', 'Continue Reading', '');
    page.push(last, '', 'By ');
    const texts = kept(page.join('\n'));
    for (const [headline] of items.slice(1)) assert.ok(texts.includes(headline), headline);
    assert.ok(texts.includes(last), last);
    assert.ok(!texts.includes('Continue Reading'), 'the items’ link stays out of the text');
  });
});
