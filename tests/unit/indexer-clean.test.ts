import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { JunkReason } from '../../engine/contract/types.ts';
import { cleanText } from '../../indexer/clean/index.ts';

const BODY = 'The council approved the new budget on Tuesday after a long debate about road repairs.';
const BODY2 = 'Officials said the first repairs would begin in the spring, weather permitting.';
/** Three more paragraphs of the same story. */
const MORE = [
  'The work will close one lane of the ring road for three weeks from the start of April.',
  'Drivers are asked to use the bypass, where the speed limit will be lowered during the works.',
  'The council said the cost would be met from the budget agreed on Tuesday night.',
];

/** Builds a page: headline, two paragraphs, and the lines under test at `where`. */
function page(lines: string[], where: 'top' | 'middle' | 'end' = 'middle'): string {
  const parts =
    where === 'top'
      ? [...lines, 'Council approves road budget', BODY, BODY2]
      : where === 'middle'
        ? ['Council approves road budget', BODY, ...lines, BODY2]
        : ['Council approves road budget', BODY, BODY2, ...lines];
  return parts.join('\n');
}
function reasonOf(text: string, line: string): JunkReason | 'kept' {
  const result = cleanText(text);
  const dropped = result.dropped.find((d) => d.text === line);
  return dropped ? dropped.reason : 'kept';
}
const fixture = (name: string) => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), 'utf8');

describe('cleaning: the headline', () => {
  it('takes the first real line as the headline and does not index it', () => {
    const result = cleanText(page([]));
    assert.equal(result.headline?.text, 'Council approves road budget');
    assert.deepEqual(
      result.dropped.map((d) => d.reason),
      ['headline'],
    );
    assert.deepEqual(
      result.kept.map((k) => k.text),
      [BODY, BODY2],
    );
  });

  it('drops the headline printed again lower down', () => {
    assert.equal(reasonOf(page(['Council approves road budget']), 'Council approves road budget'), 'headline');
    const result = cleanText(page(['Council Approves Road Budget']));
    assert.equal(result.dropped.filter((d) => d.reason === 'repeated-headline').length, 1);
  });

  it('drops the headline printed again with a section label glued on, not a paragraph quoting it', () => {
    assert.equal(
      reasonOf(page(['Council approves road budget | Local News |']), 'Council approves road budget | Local News |'),
      'repeated-headline',
    );
    assert.equal(
      reasonOf(page(['Politics · Council Approves Road Budget']), 'Politics · Council Approves Road Budget'),
      'repeated-headline',
    );
    const quoted = '"Council approves road budget" - that was the news the mayor wanted, she said.';
    assert.equal(reasonOf(page([quoted]), quoted), 'kept');
    assert.equal(reasonOf(page(['Council approves road budget, says mayor']), 'Council approves road budget, says mayor'), 'kept');
  });

  it('removes counter junk and the site suffix from the title line, preferring a cleaner repeat', () => {
    const text = ['free website hit counter Council approves road budget – Civic Wire', '', 'Council approves road budget', BODY].join(
      '\n',
    );
    const result = cleanText(text);
    assert.equal(result.headline?.text, 'Council approves road budget');
    assert.equal(result.headline?.siteSuffix, 'Civic Wire');
    assert.equal(reasonOf(text, 'free website hit counter Council approves road budget – Civic Wire'), 'title-decoration');
  });

  it('leaves a dash in a headline alone when nothing shows it is a site name', () => {
    assert.equal(cleanText(['Council budget approved - mayor', BODY].join('\n')).headline?.text, 'Council budget approved - mayor');
  });

  it('treats a pipe-separated suffix as the site name even without a repeat', () => {
    const result = cleanText(['Council budget approved | The Civic Wire', BODY].join('\n'));
    assert.equal(result.headline?.text, 'Council budget approved');
    assert.equal(result.headline?.siteSuffix, 'The Civic Wire');
  });
});

describe('cleaning: chrome above the headline', () => {
  it('drops an edition switcher of upper-case tokens as navigation', () => {
    assert.equal(reasonOf(page(['UK WORLD BUSINESS ΕΛΛΗΝΙΚΑ'], 'top'), 'UK WORLD BUSINESS ΕΛΛΗΝΙΚΑ'), 'navigation');
  });

  it('drops a breadcrumb', () => {
    assert.equal(reasonOf(page(['Local / Transport'], 'top'), 'Local / Transport'), 'breadcrumb');
    assert.equal(reasonOf(page(['Home > News > Local'], 'top'), 'Home > News > Local'), 'breadcrumb');
  });

  it('drops a run of short menu links', () => {
    const text = page(['Home', 'Local News', 'Sport', 'What’s On'], 'top');
    assert.equal(reasonOf(text, 'Local News'), 'navigation');
    assert.equal(cleanText(text).headline?.text, 'Council approves road budget');
  });

  it('does not take an all-capitals headline for a menu', () => {
    assert.equal(cleanText(['COUNCIL APPROVES BUDGET FOR ROADS', BODY].join('\n')).headline?.text, 'COUNCIL APPROVES BUDGET FOR ROADS');
  });
});

describe('cleaning: junk inside the page', () => {
  const cases: Array<[string, string, JunkReason]> = [
    ['a photo credit in parentheses', '(photo credit: AP)', 'credit'],
    ['a caption ending in a bracketed credit', 'The mayor signs the budget at the town hall.[Photo/Civic Wire]', 'caption'],
    ['an agency/photographer credit', 'AFP/Jane Doe', 'credit'],
    ['a byline', 'By Tom Baker, Local Government Reporter', 'credit'],
    ['an agency contribution line', 'Jane Doe and AFP contributed to this report.', 'credit'],
    ['a publication stamp with an agency', '(Reuters) Updated: 2019-04-02 08:15', 'dateline'],
    ['a date on its own', 'Tuesday, 2 April 2019 08:15 BST', 'dateline'],
    ['a "click for coverage" promotion', 'Click for full Civic Wire coverage', 'promotion'],
    ['a read-more link', 'Read more: Potholes cost drivers millions', 'promotion'],
    ['a newsletter prompt', 'Subscribe to our daily newsletter', 'promotion'],
    ['a follow-us prompt', 'Follow us on Twitter', 'promotion'],
    ['a share bar', 'Share | Tweet | Email', 'promotion'],
    ['an advertisement marker', 'Advertisement', 'promotion'],
    ['a syndication line', 'The post Council approves road budget appeared first on Civic Wire.', 'syndication'],
    ['a comments notice', 'Comments are closed.', 'comments'],
    ['a comment prompt', 'Leave a comment', 'comments'],
    ['an author box heading', 'About the author', 'author-box'],
    ['a copyright footer', '© Copyright Civic Wire 2024. All rights reserved.', 'copyright'],
    ['a copyright line without the symbol', 'Copyright 2024 Civic Wire Ltd', 'copyright'],
    ['a lone ellipsis', '...', 'punctuation-only'],
    ['a counter widget', 'free web counter', 'counter'],
  ];
  for (const [what, line, reason] of cases) {
    it(`drops ${what} as ${reason}`, () => assert.equal(reasonOf(page([line]), line), reason));
  }

  it('drops a short caption label that sits above its photo credit', () => {
    const text = page(['Roadworks on the high street', 'Photo: Civic Wire']);
    assert.equal(reasonOf(text, 'Roadworks on the high street'), 'caption');
  });

  it('drops a caption label repeated between a caption and its credit', () => {
    const text = page(['Mayor (R250) (photo credit: CIVIC WIRE)', 'Mayor (R250)', '(photo credit: CIVIC WIRE)']);
    assert.equal(reasonOf(text, 'Mayor (R250)'), 'caption');
  });

  it('does not drop a body sentence that merely mentions a phrase of the trade', () => {
    const line = 'Residents who subscribe to the council newsletter were told about the plan in March, long before the vote.';
    assert.equal(reasonOf(page([line]), line), 'kept');
    const copyrightSentence = 'Copyright lawyers say the mural on the depot wall cannot be painted over without the artist’s consent.';
    assert.equal(reasonOf(page([copyrightSentence]), copyrightSentence), 'kept');
  });
});

describe('cleaning: the end of the page', () => {
  it('drops the comment section below the article, comments that read as sentences too', () => {
    const comments = [
      'Leave a Reply',
      'Marta K.',
      'Finally someone fixes the potholes on our street, it took them long enough to do it.',
      'Reply',
      'Dave',
      'I drive this road every day and I will believe the repairs when I see them done.',
    ];
    const text = page(comments, 'end');
    for (const line of comments) assert.notEqual(reasonOf(text, line), 'kept', line);
    assert.equal(reasonOf(text, comments[2]!), 'comments');
    assert.equal(reasonOf(text, BODY2), 'kept');
  });

  it('drops the teasers under a heading of other stories below the article, sentences too', () => {
    const list = [
      'Most read',
      'Ferry timetable cut for the winter',
      'The last crossing will leave at six in the evening from the first week of November.',
      '12 March 2024',
      'Library opening hours extended',
      'The reading room will stay open until nine on weekdays, the council said on Monday.',
    ];
    const text = ['Council approves road budget', BODY, BODY2, MORE[0]!, ...list].join('\n');
    for (const line of list) assert.notEqual(reasonOf(text, line), 'kept', line);
    assert.equal(reasonOf(text, list[5]!), 'related-headlines');
    const inside = ['Council approves road budget', BODY, BODY2, 'Related stories', 'Ferry timetable cut for the winter', ...MORE].join(
      '\n',
    );
    for (const line of MORE) assert.equal(reasonOf(inside, line), 'kept', line);
    // The article going on in sections under subheadings alternates like teasers, and outweighs the text above.
    const sections = ['Council approves road budget', BODY, BODY2, 'Related stories', 'Ferry timetable cut for the winter'];
    for (const [k, p] of MORE.entries()) sections.push(`Part ${k + 1}`, p);
    for (const line of MORE) assert.equal(reasonOf(sections.join('\n'), line), 'kept', line);
  });

  it('leaves the story alone under a comment counter or a prompt printed after its lead', () => {
    const more = MORE;
    const counter = ['Council approves road budget', BODY, BODY2, 'Comments (12)', ...more].join('\n');
    for (const line of more) assert.equal(reasonOf(counter, line), 'kept', line);
    const prompt = ['Council approves road budget', BODY, BODY2, 'Leave a comment', ...more].join('\n');
    for (const line of more) assert.equal(reasonOf(prompt, line), 'kept', line);
  });

  it('drops a list of other headlines and its label', () => {
    const text = page(['Bridge closure extended to June', 'New cycle lanes divide opinion', 'Most Popular'], 'end');
    assert.equal(reasonOf(text, 'Bridge closure extended to June'), 'related-headlines');
    assert.equal(reasonOf(text, 'Most Popular'), 'related-headlines');
  });

  it('drops headlines listed after a label even when there is just one', () => {
    assert.equal(
      reasonOf(page(['Related stories', 'Bridge closure extended to June'], 'end'), 'Bridge closure extended to June'),
      'related-headlines',
    );
  });

  it('drops the author box of a blog engine', () => {
    assert.equal(reasonOf(page(['About webmaster'], 'end'), 'About webmaster'), 'author-box');
  });

  it('never eats the last real paragraph, even when it is short', () => {
    const text = [
      'Council approves road budget',
      BODY,
      'It passed by one vote.',
      'Bridge closure extended to June',
      'New cycle lanes divide opinion',
    ].join('\n');
    const result = cleanText(text);
    assert.equal(result.kept.at(-1)?.text, 'It passed by one vote.');
  });

  it('keeps a closing quotation as the last paragraph', () => {
    const text = page(['“We will fix every road on the list”', 'Bridge closure extended to June', 'New cycle lanes divide opinion'], 'end');
    assert.ok(cleanText(text).kept.some((k) => k.text === '“We will fix every road on the list”'));
  });

  it('keeps a list that is laid out like the paragraphs (results, award winners)', () => {
    const text = [
      'Council approves road budget',
      '',
      BODY,
      '',
      'The winners were:',
      '',
      'Best street - Mill Lane',
      '',
      'Best park - Riverside',
    ].join('\n');
    assert.deepEqual(
      cleanText(text).dropped.map((d) => d.reason),
      ['headline'],
    );
  });
});

describe('cleaning: subheadings', () => {
  it('keeps a short line between paragraphs as a heading', () => {
    const result = cleanText(page(['Why now?']));
    assert.equal(result.kept.find((k) => k.text === 'Why now?')?.kind, 'heading');
  });

  it('keeps a heading without punctuation', () => {
    const result = cleanText(page(['Repairs start in spring']));
    assert.equal(result.kept.find((k) => k.text === 'Repairs start in spring')?.kind, 'heading');
  });

  it('reads the line under the headline as body text, not a heading (the standfirst)', () => {
    const result = cleanText(['Council approves road budget', 'Vote ends months of argument', BODY, BODY2].join('\n'));
    assert.equal(result.kept[0]?.kind, 'body');
  });

  it('does not mistake the first half of a wrapped sentence for a heading', () => {
    const result = cleanText(page(['"We have waited years for this," one', 'resident said.']));
    assert.ok(result.kept.every((k) => k.kind === 'body'));
  });
});

describe('cleaning: a whole scraped page', () => {
  it('keeps exactly the article text of a news page with chrome all around it', () => {
    const result = cleanText(fixture('orbit-daily-rover.txt'));
    assert.deepEqual(
      result.kept.map((k) => [k.kind, k.text.slice(0, 30)]),
      [
        ['body', 'A robotic rover exploring a cr'],
        ['body', 'The images, released by the mi'],
        ['body', '"Every one of those layers is '],
        ['heading', 'Where did the water go?'],
        ['body', 'The team believes the lake dri'],
        ['body', 'Further drilling is planned fo'],
      ],
    );
  });

  it('gives every dropped line its 1-based source line number', () => {
    const text = fixture('orbit-daily-rover.txt');
    const lines = text.split('\n');
    for (const d of cleanText(text).dropped) assert.equal(lines[d.line - 1]!.trim(), d.text);
  });
});
