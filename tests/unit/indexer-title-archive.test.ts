/**
 * An archive's heading ("Tag: …", "Category: …", "Auteur/autrice : …") over a list of entries is the
 * page's title (issue 18: the first entry's headline was taken, and "Tag: …" read as a tag list's
 * label). Under an article's headline the same shape is a byline or a tag line and is not. The text
 * is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { isArchiveHeadingShape } from '../../indexer/clean/title-archive.ts';

const clean = (blocks: string[]) => cleanText(blocks.join('\n\n'));

/** Other stories' headlines, each over its teaser cut short: a tag or category page's entries. */
const ENTRIES = [
  'Council approves new harbour pier budget',
  'The hall on Church Lane opened its doors again on Saturday, with a concert by the school choir and tea for...',
  'Ferry timetable changes from next month',
  'The morning crossing will leave half an hour earlier from the first of the month, and the late crossing...',
  'Allotment waiting list closed for the year',
  'The allotment society says it has more names on its list than it can offer plots to before the end of...',
];

/** An archive that prints each entry whole: a bulleted headline, its copy, its paragraphs. */
const WHOLE_ENTRIES = [
  '• Harbour board approves the new ferry pier budget',
  'Harbour board approves the new ferry pier budget',
  'Porthaven, 3 May – The harbour board approved on Monday the budget for the new ferry pier, which will be built over the next two summers at the north quay.',
  'The pier will let two ferries berth at once, the board said, and the old landing stage will close once it opens to passengers and freight.',
  '• Night bus to run through the winter months',
  'Night bus to run through the winter months',
  'Porthaven, 2 May – The council will keep the night bus running through the winter after the trial drew more riders than expected in its first three months.',
];

/** One story printed whole, as a tag's or a period's archive prints its entries: a headline over its paragraphs. */
const ONE_ENTRY = [
  'Harbour board approves the new ferry pier budget',
  'The harbour board approved on Monday the budget for the new ferry pier, which will be built over the next two summers at the north quay.',
  'The pier will let two ferries berth at once, the board said, and the old landing stage will close once it opens to passengers and freight.',
];

describe("title: an archive's heading over its list of entries", () => {
  it("takes a tag archive's heading, read as a tag label elsewhere, as the title of its list", () => {
    const result = clean(['Tag: Harbour ferries', 'Browse our latest articles!', ...ENTRIES]);
    assert.equal(result.headline?.text, 'Tag: Harbour ferries');
  });

  it("keeps the list's first entry in the text under the heading, and the heading out of it", () => {
    // The copyright line is chrome the rules know: with it the head rules read the short lines above the first teaser as a menu's.
    const result = clean(['Category: Council', ...ENTRIES, '© 2024 Harbour Gazette. All rights reserved.']);
    assert.equal(result.headline?.text, 'Category: Council');
    assert.deepEqual(
      result.kept.map((l) => l.text),
      ENTRIES,
    );
  });

  it("takes an author archive's heading over entries printed whole, each under a bulleted headline", () => {
    const result = clean(['Auteur/autrice : Jeanne Dupont', ...WHOLE_ENTRIES]);
    assert.equal(result.headline?.text, 'Auteur/autrice : Jeanne Dupont');
  });

  it("finds the heading under a line or a paragraph of the site's chrome", () => {
    assert.equal(clean(['Local news', 'Tag: Harbour ferries', ...ENTRIES]).headline?.text, 'Tag: Harbour ferries');
    assert.equal(clean(['Tag: Harbour ferries | Harbour Gazette', ...ENTRIES]).headline?.text, 'Tag: Harbour ferries');
    const ticker =
      'Council votes to keep the night bus running Police: two arrested after a break-in at the marina shop Weather: storm warning for the coast on Sunday night Schools reopen on Monday after repairs';
    assert.equal(clean([ticker, 'Category: Council', ...ENTRIES]).headline?.text, 'Category: Council');
  });

  it("leaves an article's headline over a byline of the same shape", () => {
    const blocks = [
      'Harbour board approves the new ferry pier budget',
      'Author: Jeanne Dupont',
      'The harbour board approved on Monday the budget for the new ferry pier, which will be built over the next two summers at the north quay.',
      'A new landing stage',
      'The pier will let two ferries berth at once, the board said, and the old landing stage will close once it opens to passengers.',
      'What the council said',
      'Council members asked for the night bus to meet the late ferry, and the board agreed to talk to the bus company before the summer.',
    ];
    assert.equal(clean(blocks).headline?.text, blocks[0]);
  });

  it("leaves the first headline under a topic's or a category's label over one story: a kicker", () => {
    for (const label of ['Topic: Harbour ferries', 'Category: Council']) {
      const blocks = [label, ...ONE_ENTRY];
      assert.equal(clean(blocks).headline?.text, ONE_ENTRY[0], label);
    }
  });

  it("takes a tag's or an archive's heading over one entry printed whole: a list by construction", () => {
    for (const label of ['Tag: Harbour ferries', 'Tag Archives: Harbour ferries', 'Archive for May 3rd, 2024']) {
      const result = clean([label, ...ONE_ENTRY]);
      assert.equal(result.headline?.text, label, label);
      // The entry's headline is a story's, searchable as the list's items are.
      assert.ok(
        result.kept.some((l) => l.text === ONE_ENTRY[0]),
        label,
      );
    }
    // Under the site's name, over a bulleted entry with its byline.
    const bulleted = [
      'Harbour Gazette',
      'Tag: Harbour ferries',
      `• ${ONE_ENTRY[0]}`,
      'Posted by Jeanne Dupont on May 3, 2024',
      ...ONE_ENTRY.slice(1),
    ];
    assert.equal(clean(bulleted).headline?.text, 'Tag: Harbour ferries');
  });

  it("leaves the headline when the tag's line stands over no entry's text", () => {
    const blocks = ['Tag: Harbour ferries', ONE_ENTRY[0]!, 'Ferries', 'Buses', 'Trains', 'Parking'];
    assert.equal(clean(blocks).headline?.text, ONE_ENTRY[0]);
  });
});

describe("an archive heading's shape", () => {
  it('is a label of the trade, a colon and one short name', () => {
    for (const t of [
      'Tag: Harbour ferries',
      'Category: Council',
      'Auteur/autrice : Jeanne Dupont',
      'Archiv rubriky: Sport',
      'Kategorie: Politik',
      'Archive for July 18th, 2008',
      'Archive: July 18, 2008',
    ])
      assert.ok(isArchiveHeadingShape(t), t);
  });

  it('is not a list of tags, a sentence, or a label without its name', () => {
    for (const t of [
      'Tags: ferries, harbour, council',
      'Tags:',
      'Category: The council met on Monday.',
      'Topic: one two three four five six seven',
      'Tag: ferries, harbour',
      'Archive for ferries, buses and trains',
    ])
      assert.ok(!isArchiveHeadingShape(t), t);
  });
});

/** A tag page's entries, each about the tag ("ferry"): headlines over teasers cut short. */
const FERRY_ENTRIES = [
  'Council approves new ferry pier budget',
  'The council approved on Monday the budget for the new ferry pier, which will be built over the next two summers at the...',
  'Night ferry to run through the winter',
  'The night ferry will keep running through the winter after the trial drew more riders than the operator expected in...',
  'Ferry fares rise again from next month',
  'Fares on every crossing will rise by a tenth from the first of the month, the operator said on Friday after a long...',
];

describe("title: a tag's heading over its list of entries about the tag", () => {
  it('takes a one-word heading whose word every entry repeats', () => {
    assert.equal(clean(['Ferry', ...FERRY_ENTRIES]).headline?.text, 'Ferry');
  });

  it('takes it over entries whose teasers end in the link to their story', () => {
    const blocks = [
      'Ferry',
      'Council approves new ferry pier budget',
      'The council approved on Monday the budget for the new pier, which will be built over the next two summers at the... Read more',
      'Night ferry to run through the winter',
      'The night boat will keep running through the winter after the trial drew more riders than the operator expected... Read more',
      'Ferry fares rise again from next month',
      'Fares on every crossing will rise by a tenth from the first of the month, the operator said on Friday after a... Read more',
    ];
    assert.equal(clean(blocks).headline?.text, 'Ferry');
  });

  it('takes a heading in capitals over paragraphs each under its date stamp', () => {
    const blocks = [
      'HARBOUR FERRY NEWS',
      '07.02.2026 22:53',
      'The harbour board approved on Monday the budget for the new ferry pier, which will be built over the next two summers at the north quay.',
      '04.02.2026 22:10',
      'The night ferry will keep running through the winter after the trial drew more riders than the harbour expected in its first months.',
      '30.01.2026 23:28',
      'Fares on every ferry crossing will rise by a tenth from the first of the month, the harbour operator said on Friday after a long dispute.',
    ];
    assert.equal(clean(blocks).headline?.text, blocks[0]);
  });

  it("leaves an article's headline under a section name its paragraphs repeat", () => {
    const blocks = [
      'Ferries',
      'Council approves new ferry pier budget',
      'The council approved on Monday the budget for the new ferry pier, which will be built over the next two summers at the north quay.',
      'The pier will let two ferries berth at once, the board said, and the old ferry landing stage will close once it opens to passengers.',
      'Ferry users asked for a shelter on the pier, and the board agreed to add one before the summer timetable starts in May this year.',
    ];
    assert.equal(clean(blocks).headline?.text, blocks[1]);
  });

  // The tag rule still claims no heading about nothing its entries say; since the thirty-first session a list's own
  // heading over items made alike is its title whatever it says (listing-heading.ts), as the labels write a listing's.
  it("takes a heading about nothing the entries say as the list's own heading, not as a tag's", () => {
    assert.equal(clean(['Latest', ...FERRY_ENTRIES]).headline?.text, 'Latest');
  });
});
