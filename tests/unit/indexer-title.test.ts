import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { dateStampWords } from '../../indexer/clean/title-shapes.ts';

// Invented text in the shapes scraped pages have.
const HEADLINE = 'Council approves road budget after long debate';
const BODY = 'The council approved the new budget on Tuesday after a long debate about road repairs in the town.';
const BODY2 = 'Officials said the first repairs would begin in the spring, weather permitting, and last all summer.';

const clean = (lines: string[]) => cleanText([...lines, BODY, BODY2].join('\n'));
const headlineOf = (lines: string[]) => clean(lines).headline?.text;
const reasonOf = (lines: string[], line: string) => clean(lines).dropped.find((d) => d.text === line)?.reason ?? 'kept';

describe('title: lines above the headline that are not it', () => {
  it('skips a date line in any language', () => {
    assert.equal(headlineOf(['Montag, 4. März 2021', HEADLINE]), HEADLINE);
    assert.equal(headlineOf(['4. marts 2021', HEADLINE]), HEADLINE);
    assert.equal(headlineOf(['SPORTS - 16 Haziran 2019 Pazar 20:27', HEADLINE]), HEADLINE);
    assert.equal(headlineOf(['Updated 2 hours ago', HEADLINE]), HEADLINE);
  });

  it("skips a weather widget's condition and place printed on lines of their own", () => {
    assert.equal(headlineOf(['Today', 'Partly cloudy', 'Town -2 °C', 'Partly cloudy', '', HEADLINE]), HEADLINE);
  });

  it('skips a byline with its time', () => {
    assert.equal(headlineOf(['Jane Doe Published October 22, 2024', HEADLINE]), HEADLINE);
    assert.equal(headlineOf(['By Jane Doe', HEADLINE]), HEADLINE);
  });

  it('skips a byline whose publication stamp has a clock time, a zone or a weekday', () => {
    assert.equal(headlineOf(['Jane Doe Published October 22, 2024 at 9:15 a.m.', HEADLINE]), HEADLINE);
    assert.equal(headlineOf(['Jane Doe Published 10:15 AM EDT, Tue October 22, 2024', HEADLINE]), HEADLINE);
    assert.equal(headlineOf(['Max Muster Aktualisiert am 22.10.2024 um 09:15 Uhr', HEADLINE]), HEADLINE);
  });

  it('skips a link drawn with an arrow, not a headline in guillemets', () => {
    assert.equal(headlineOf(['« Back to article', 'Print this article', HEADLINE]), HEADLINE);
    assert.equal(headlineOf(['‹ Previous story', HEADLINE]), HEADLINE);
    assert.equal(headlineOf(['«Neighbours may quarrel more often»', BODY]), '«Neighbours may quarrel more often»');
    assert.equal(headlineOf(['« Nous allons reconstruire le pont »', BODY]), '« Nous allons reconstruire le pont »');
  });

  it('skips a weather widget', () => {
    assert.equal(headlineOf(['Cloudy 18.9ºC Springfield', HEADLINE]), HEADLINE);
  });

  it('skips a bulleted navigation list', () => {
    assert.equal(headlineOf(['• Home', '• Local news', '• Sport and leisure', HEADLINE]), HEADLINE);
    assert.equal(headlineOf(['- Division One', '- Round 8', '- Report', HEADLINE]), HEADLINE);
  });

  it('skips a run of short menu entries, whatever their case', () => {
    assert.equal(headlineOf(['Following', 'Popular teams', 'Popular players', 'Popular leagues', HEADLINE]), HEADLINE);
  });

  it('skips a section label or masthead right above a fuller headline', () => {
    assert.equal(headlineOf(['Premier Division', HEADLINE]), HEADLINE);
    assert.equal(headlineOf(['News Update', 'March 3, 2021 by Civic Wire', HEADLINE]), HEADLINE);
    assert.equal(headlineOf(['VALLEY GAZETTE', '.', 'Budget Approved', 'Springfield, Thursday 11 November 2010']), 'Budget Approved');
  });

  it('skips names stacked over the headline: masthead, section, place', () => {
    assert.equal(headlineOf(['Local News', 'Harbour Town', HEADLINE]), HEADLINE);
    assert.equal(headlineOf(['The Harbour Gazette Online Daily Edition', 'Politics', HEADLINE]), HEADLINE);
    assert.equal(headlineOf(['The Harbour Gazette', 'Monday 4 March 2024', 'Politics and Government', HEADLINE]), HEADLINE);
  });

  it('skips a line of names joined by dashes over a headline in sentence case', () => {
    assert.equal(headlineOf(['Harbour Gazette – Local News and Weather', HEADLINE]), HEADLINE);
    assert.equal(headlineOf(['Policía Provincial – Comisaría de la Zona Norte', HEADLINE]), HEADLINE);
    // The site's own title line, headline first, is still the headline.
    assert.equal(headlineOf([`${HEADLINE} - Harbour Gazette`]), HEADLINE);
  });

  it('skips a kicker in sentence case right above a longer headline, not a short headline over its text', () => {
    assert.equal(headlineOf(['Road repairs', HEADLINE]), HEADLINE);
    assert.equal(headlineOf(['Live updates', HEADLINE, 'By Jane Doe']), HEADLINE);
    assert.equal(headlineOf(['Budget passed', 'Councillors voted late on Tuesday']), 'Budget passed');
  });

  it('keeps a short headline that the first paragraph follows', () => {
    assert.equal(headlineOf(['Storm Damage Report']), 'Storm Damage Report');
  });

  it('keeps a short label when the line under it is a sentence, not a headline', () => {
    assert.equal(headlineOf(['Central Region', 'Leaders met on Saturday to call for talks before the vote.']), 'Central Region');
  });

  it('skips a photo caption', () => {
    assert.equal(headlineOf(['A crew repairs the road on Main Street on Monday morning. Photo: Jane Doe', HEADLINE]), HEADLINE);
  });

  it('skips a line naming the site’s domain', () => {
    assert.equal(headlineOf(['civicwire.com« Back to articlePrint this article', HEADLINE]), HEADLINE);
  });

  it('keeps a headline that names a date but is not a stamp', () => {
    assert.equal(headlineOf(['Mayor sets 16 March for vote']), 'Mayor sets 16 March for vote');
    assert.equal(dateStampWords('Budget 2020: five things to know'), -1);
  });
});

describe('title: the headline inside a decorated line', () => {
  it('strips a scraper stamp and the site after a pipe', () => {
    const result = clean([` date 2019-01-21 ${HEADLINE} | Civic Wire`]);
    assert.equal(result.headline?.text, HEADLINE);
    assert.equal(result.headline?.siteSuffix, 'Civic Wire');
  });

  it('takes the last step of a breadcrumb', () => {
    assert.equal(headlineOf([`Home » News » ${HEADLINE}`]), HEADLINE);
  });

  it('drops a section kicker in capitals before a colon, not an acronym', () => {
    assert.equal(headlineOf([`RIVERSIDE: ${HEADLINE}`]), HEADLINE);
    assert.equal(headlineOf([`EPL: ${HEADLINE}`]), `EPL: ${HEADLINE}`);
  });

  it('drops a section before a pipe', () => {
    assert.equal(headlineOf(['Opinion | Why the road budget matters to everyone']), 'Why the road budget matters to everyone');
    // A headline of three words in sentence case is a headline too; three capitalised words are the site.
    assert.equal(headlineOf(['Reader-Reporter | Council approves budget']), 'Council approves budget');
    assert.equal(headlineOf(['Budget Vote | Harbour Town Gazette']), 'Budget Vote');
  });

  it('drops a section name glued to the first word, but not a brand spelt that way', () => {
    assert.equal(headlineOf([`Local News${HEADLINE}`]), HEADLINE);
    const brand = cleanText(
      [
        'QuickPay maker reports higher profit',
        'QuickPay said its profit rose in the third quarter, beating every forecast by far.',
        BODY2,
      ].join('\n'),
    );
    assert.equal(brand.headline?.text, 'QuickPay maker reports higher profit');
  });

  it('drops a newsroom credit run on after the headline', () => {
    assert.equal(headlineOf([`${HEADLINE} Redactie`]), HEADLINE);
  });

  it('removes a section and a site appended with dashes', () => {
    const result = clean([`${HEADLINE} - Local - Civic Wire News`]);
    assert.equal(result.headline?.text, HEADLINE);
    assert.equal(result.headline?.siteSuffix, 'Civic Wire News');
  });

  it('removes a site name set apart by its casing, not a headline’s own last word', () => {
    assert.equal(headlineOf([`${HEADLINE} - Civic Wire`]), HEADLINE);
    assert.equal(headlineOf(['Man held after phone threat - Arrest']), 'Man held after phone threat - Arrest');
  });

  it('removes a suffix the page names elsewhere', () => {
    const text = [`${HEADLINE} – Wire`, BODY, BODY2, '© 2024 Wire'].join('\n');
    assert.equal(cleanText(text).headline?.text, HEADLINE);
  });

  it('removes a domain appended after any dash or guillemet', () => {
    assert.equal(headlineOf([`${HEADLINE} — harbourgazette.com`]), HEADLINE);
    assert.equal(headlineOf([`${HEADLINE} « Harbour Gazette`]), HEADLINE);
    assert.equal(headlineOf([`${HEADLINE} » Harbour Gazette`]), HEADLINE);
  });

  it('removes the site before the headline when it is a domain or the page names it elsewhere', () => {
    const footer = '© 2024 Harbour Gazette';
    assert.equal(clean([`Harbour Gazette - ${HEADLINE}`, footer]).headline?.text, HEADLINE);
    assert.equal(clean([`HARBOUR GAZETTE: ${HEADLINE}`, footer]).headline?.text, HEADLINE);
    assert.equal(headlineOf([`harbourgazette.com - ${HEADLINE}`]), HEADLINE);
    // A topic or a speaker before the headline is its own.
    assert.equal(headlineOf(['Brexit - What happens to the road budget now']), 'Brexit - What happens to the road budget now');
    assert.equal(
      clean(['Jane Doe: We will fix every road this year', footer]).headline?.text,
      'Jane Doe: We will fix every road this year',
    );
  });

  it('removes a kicker of capitals without a colon, and a bare leading colon, but not the headline’s own capitals', () => {
    assert.equal(headlineOf([`AT COURT ${HEADLINE}`]), HEADLINE);
    assert.equal(headlineOf([`: ${HEADLINE}`]), HEADLINE);
    // One word of emphasis, and an acronym the text repeats, stay.
    assert.equal(headlineOf([`CONFIRMED ${HEADLINE}`]), `CONFIRMED ${HEADLINE}`);
    const page = ['HARBOUR BOARD Approves road budget after long debate', 'The harbour board approved the road budget on Tuesday.', BODY];
    assert.equal(cleanText(page.join('\n')).headline?.text, page[0]);
  });

  it('takes the whole headline below a title line cut short with an ellipsis', () => {
    const result = clean(['Council approves road budget ...', HEADLINE]);
    assert.equal(result.headline?.text, HEADLINE);
    assert.equal(result.dropped.find((d) => d.line === 1)?.reason, 'title-decoration');
    // A line that merely starts like it, far longer than a headline, is a paragraph.
    assert.equal(headlineOf(['Council approves road budget ...', `${HEADLINE} ${BODY} ${BODY2}`]), 'Council approves road budget ...');
  });

  it('uses a cleaner copy below when the title line adds a listing name and the site', () => {
    const result = clean([`${HEADLINE}, Latest Country News - The Civic Paper`, 'Country', HEADLINE]);
    assert.equal(result.headline?.text, HEADLINE);
    assert.equal(result.headline?.siteSuffix, 'The Civic Paper');
    assert.equal(
      reasonOf(
        [`${HEADLINE}, Latest Country News - The Civic Paper`, 'Country', HEADLINE],
        `${HEADLINE}, Latest Country News - The Civic Paper`,
      ),
      'title-decoration',
    );
  });
});

describe('title: repetition and paragraphs', () => {
  it('prefers a headline printed again below over an earlier short line', () => {
    assert.equal(headlineOf(['Breaking', 'Weekend Edition', HEADLINE, 'Live', HEADLINE]), HEADLINE);
  });

  it('finds no headline when the page opens with a paragraph, and keeps that paragraph', () => {
    const result = cleanText([BODY, 'Road works', BODY2].join('\n'));
    assert.equal(result.headline, null);
    assert.ok(result.kept.some((k) => k.text === BODY));
  });

  it('takes a long headline that ends in a question, an exclamation or a quote, not a lead of the same length', () => {
    const question =
      'Will the council find the money for the road repairs it promised the town before the long debate about the budget began?';
    const quoted = 'Mayor on the road budget after the long debate in the council: “We will repair every street in the town this year”';
    assert.equal(headlineOf([question]), question);
    assert.equal(headlineOf([quoted]), quoted);
    const lead = 'The council approved the road budget on Tuesday after a long debate about repairs in every street of the town.';
    assert.equal(headlineOf([lead]), undefined);
    const twoSentences =
      'The council met on Tuesday. It asked whether the town could pay for the repairs of every street before the summer?';
    assert.equal(headlineOf([twoSentences]), undefined);
  });

  it('keeps a paragraph printed above the headline and again below it', () => {
    const result = cleanText([BODY, HEADLINE, BODY, BODY2].join('\n'));
    assert.equal(result.headline?.text, HEADLINE);
    assert.notEqual(result.dropped.find((d) => d.line === 1)?.reason, 'navigation');
  });

  it('does not take a line ending in a colon for the headline', () => {
    assert.equal(headlineOf(['Read offline:', HEADLINE]), HEADLINE);
  });
});

describe('title: agreement with the text below', () => {
  it('prefers a candidate that shares words with the opening paragraphs over a banner above it', () => {
    assert.equal(headlineOf(['Stay in touch with us', 'Council approves road budget', BODY]), 'Council approves road budget');
    assert.equal(
      headlineOf(['Your trusted neighbourhood source', 'Road repairs approved by council', BODY]),
      'Road repairs approved by council',
    );
  });

  it('leaves the order alone when no candidate shares words with the text (a generic live-blog intro)', () => {
    const intro = 'Follow along here for everything happening across the league this weekend, as it happens.';
    assert.equal(headlineOf(['Harbour United win away • Rovers draw', intro]), 'Harbour United win away • Rovers draw');
  });

  it('looks past a notice to a headline printed twice', () => {
    const notice = 'Because we also offer another mail service, we ask you once to choose which one you prefer.';
    const lines = ['Choose your webmail', notice, HEADLINE, HEADLINE];
    assert.equal(headlineOf(lines), HEADLINE);
    assert.equal(reasonOf(lines, notice), 'kept');
  });
});

describe('title: a short headline between dropped lines', () => {
  it('takes a short headline between advert labels, not for a menu item', () => {
    assert.equal(headlineOf(['ADVERTISEMENT', 'Bridge tolls scrapped', 'ADVERTISEMENT', 'ADVERTISEMENT', BODY]), 'Bridge tolls scrapped');
  });

  it('still skips a menu whose items are its own lines', () => {
    assert.equal(headlineOf(['News', 'Sport', 'ADVERTISEMENT', 'Weather', HEADLINE]), HEADLINE);
  });
});

describe('title: a source credit run on after the headline', () => {
  it('cuts "Source: …" and its translations from the end of the headline', () => {
    assert.equal(headlineOf([`${HEADLINE} Source: Jane Doe/Evening Programme`, BODY]), HEADLINE);
    assert.equal(headlineOf(['Rada zatwierdziła budżet na drogi Źródło: Jan Kowalski/Program', BODY]), 'Rada zatwierdziła budżet na drogi');
  });
});

describe('title: a tie between a line that is about the story and one that is not', () => {
  it('prefers the headline that shares words with the text to a banner scored as high above it', () => {
    assert.equal(headlineOf(['Summer festival tickets on sale now', '', HEADLINE]), HEADLINE);
  });

  it('lets a headline ending in an exclamation mark win the tie: it is no sentence', () => {
    // The banner shares one word with the text ("town"), so it is neither about the story nor unrelated.
    const headline = 'Town road repairs: at last!';
    assert.equal(headlineOf(['Read every story without ads. Join the town club', '', headline]), headline);
  });

  it('keeps the headline over the longer standfirst right below it', () => {
    const headline = 'Summer festival tickets on sale now';
    const standfirst = 'The council approved the new budget for road repairs after a long debate on Tuesday';
    assert.equal(headlineOf([headline, standfirst]), headline);
  });

  it('never takes a caption closed by its picture credit in brackets', () => {
    assert.equal(headlineOf(['Council members debate the road budget (John Smith)', '', HEADLINE]), HEADLINE);
    assert.equal(headlineOf(['Council members debate the road budget (John Smith/Agency)', '', HEADLINE]), HEADLINE);
  });
});

describe("title: the site's header above its menu (issue 18, held-out shapes)", () => {
  const banner = 'Your voice in the town since 1890';
  const headline = 'Green light at last for council';

  it('takes the headline under the menu, not a slogan above it that shares as little with the text', () => {
    assert.equal(headlineOf([banner, 'News | Sport | Weather | Business', headline]), headline);
    assert.equal(headlineOf([banner, '', 'News', 'Sport', 'Weather', '', headline]), headline);
    assert.equal(headlineOf([banner, 'Home » News » Local', headline]), headline);
  });

  it('keeps a headline above a menu when it shares words with the text', () => {
    assert.equal(headlineOf([HEADLINE, 'News | Sport | Weather', 'More from the council']), HEADLINE);
  });

  it("takes the headline under the site's clock and banner, not the banner under the clock", () => {
    assert.equal(headlineOf(['Wednesday, 4 December 2024', banner, '', headline]), headline);
    assert.equal(headlineOf(['4 December 2024', '', banner, '', headline]), headline);
  });

  it('keeps a blog post title under its date, and a headline about the story above a subheading', () => {
    assert.equal(headlineOf(['Thursday, May 25, 2017', '', headline]), headline);
    assert.equal(headlineOf(['Wednesday, 4 December 2024', HEADLINE, 'What happens next for the council']), HEADLINE);
  });

  it('keeps a headline under a date when a longer standfirst follows right below it', () => {
    const standfirst = 'The council says yes after months of argument over potholes';
    assert.equal(headlineOf(['Wednesday, 4 December 2024', 'Green light for roads', standfirst]), 'Green light for roads');
  });
});

describe('title: labels and captions beside the headline (issue 18, q dev shapes)', () => {
  it('skips a label over a headline that ends in an exclamation or a question mark', () => {
    // The label names the story's subject too (it shares a word with the text), so only its place tells.
    // (A tag's archive label over one entry printed whole is that archive's heading: indexer-title-archive.test.ts.)
    assert.equal(headlineOf(['Category Archive: Council', '', 'Bridge repairs approved at last!']), 'Bridge repairs approved at last!');
    assert.equal(headlineOf(['Council News', '', 'Will the road repairs ever start?']), 'Will the road repairs ever start?');
  });

  it('skips a caption whose picture credit the scraper glued to its last word', () => {
    assert.equal(headlineOf(['Traffic on the ring road near the harbourFoto: Reader photo', '', HEADLINE]), HEADLINE);
    assert.equal(headlineOf(['Road repairs near the harbourPhoto: Jane Doe', '', HEADLINE]), HEADLINE);
  });
});

describe('title: scripts written without spaces, and pages laid out as tables (issue 18, q dev shapes)', () => {
  const zhBody =
    '市议会周二经过长时间辩论后批准了新的道路维修预算，工程将于明年春天开始，预计持续整个夏天，官员表示道路在维修期间将保持开放。';

  it("takes a Chinese headline without the table cell's border the scraper kept after it", () => {
    assert.equal(cleanText(['市议会批准道路预算 |', '---|', zhBody].join('\n')).headline?.text, '市议会批准道路预算');
    assert.equal(cleanText(['市议会批准道路预算', zhBody].join('\n')).headline?.text, '市议会批准道路预算');
  });

  it('keeps Japanese paragraphs, which have no spaces, as text rather than as menu items', () => {
    const ja = [
      '市議会は8日、長い議論の末に道路補修の新しい予算を承認した。工事は来年の春に始まり、夏の間ずっと続く見込みだと市の担当者は説明した。',
      '県警は7日、市内の店舗で買い物を終えた女性の車に乗り込み、現金を奪ったとして男を逮捕したと発表した。男は容疑を認めているという。',
    ];
    assert.deepEqual(
      cleanText(ja.join('\n')).kept.map((k) => k.line),
      [1, 2],
    );
  });
});

describe('title: a dateline cut from its paragraph (issue 18, q dev shape)', () => {
  it('never takes a line ending in a dash for the headline, and keeps it as text', () => {
    const dateline = 'HARBOURTOWN, 3 March (Harbour Press) -';
    assert.equal(headlineOf([dateline]), undefined);
    assert.equal(reasonOf([dateline], dateline), 'kept');
    assert.equal(headlineOf([HEADLINE, dateline]), HEADLINE);
  });
});

describe('title: a list of entries is not a story under its first heading (issue 18, dev and q dev shapes)', () => {
  const entryText = [
    'The wind brought down a tree in the harbour district, where it landed on a parked car and blocked the road for an hour.',
    'Firefighters cut the trunk into pieces and the road was open again before the evening traffic.',
  ];
  const laterText = [
    'The ferry company stopped all crossings at noon because the tide rose higher than the piers can take.',
    'Crossings will start again tomorrow morning if the water falls as the forecast says it will.',
  ];

  it("keeps a live blog's first time-stamped entry heading as text when the excerpt has no headline", () => {
    const first = 'At 14:45, tree falls on a parked car in the harbour district';
    const page = [first, ...entryText, 'At 13:20, ferry crossings stopped as the tide rises', ...laterText];
    const result = cleanText(page.join('\n'));
    assert.equal(result.headline, null);
    assert.ok(result.kept.some((k) => k.text === first));
  });

  it("takes the report page's title over its entries, each with its place under it, and keeps the first entry's heading", () => {
    const first = 'Car hits a tree in the harbour district during the storm';
    const page = [
      'Harbour Police Reports',
      first,
      '– Northfield',
      ...entryText,
      'Ferry crossings stopped at noon',
      '– Eastbury',
      ...laterText,
    ];
    const result = cleanText(page.join('\n'));
    assert.equal(result.headline?.text, 'Harbour Police Reports');
    assert.ok(result.kept.some((k) => k.text === first));
  });

  it('keeps a headline over subheadings of other shapes, and over its own copy below the text', () => {
    const dated = '2024 budget: council approves road repairs';
    assert.equal(headlineOf([dated, BODY, dated, 'Repairs start in spring']), dated);
    assert.equal(headlineOf([HEADLINE, BODY, 'What happens next', BODY2, 'Who pays for it']), HEADLINE);
  });
});

describe('title: a record the scraper printed whole on the first line (issue 18, q dev shape)', () => {
  it("takes the title field's value of a CMS object printed field by field, or of a JSON record", () => {
    const printed = `stdClass Object ( [id] => 4471 [title] => ${HEADLINE} [alias] => council-approves-road-budget [catid] => 12 [published] => 1 [introtext] => [fulltext] =>`;
    assert.equal(headlineOf([printed]), HEADLINE);
    assert.equal(headlineOf([`{"id": 4471, "title": "${HEADLINE}", "alias": "council-approves-road-budget", "catid": 12}`]), HEADLINE);
  });
});
