/**
 * Where the story ends (issue 18): below the article's running text, a stretch that is mostly
 * labels (sections, commenters' names, buttons, tags) between headlines and the odd sentence is
 * the page's furniture, laid out in no repeated rhythm and announced by no heading. Each case that
 * drops has a body layout of nearly the same shape that must stay. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BRIEFS, HEADLINE, keptText, P1, P2, P3, P4, page } from '../helpers/bridge-story.ts';

describe('the stretch of labels below the story', () => {
  it('drops the labels and headlines of other stories laid out in no repeated rhythm', () => {
    const teaser = 'The old cinema on the quay will show films again from the start of the summer.';
    const tail = ['Opinion', 'Why the ferry needs a new home', 'Culture', 'Travel', teaser, 'Weather'];
    // The teaser, kept by the stretch rule as a sentence, sits between two dropped labels and shares
    // no word with the story: tail-islands.ts takes it.
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, ...tail)), [P1, P2, P3]);
  });

  it("drops commenters' names, keeping what reads as a paragraph", () => {
    const comments = [
      'Anna K',
      'I think the council should have fixed that road years ago, it was always dangerous.',
      'Tom Hale',
      'Agreed, and the lights at the crossing never worked properly either.',
      'river_walker',
      'Well said.',
      'Jo',
    ];
    const kept = keptText(page(HEADLINE, P1, P2, P3, P4, ...comments));
    for (const name of ['Anna K', 'Tom Hale', 'river_walker', 'Jo']) assert.ok(!kept.includes(name), name);
    assert.ok(kept.includes(P4));
  });

  it('keeps the start of a paragraph the scraper cut off at the end of the page', () => {
    const cut = 'The mayor said on Tuesday that the ferry would stop at the old qu';
    const kept = keptText(page(HEADLINE, P1, P2, P3, 'Opinion', 'Why the ferry needs a new home', 'Culture', 'Travel', cut));
    assert.ok(kept.includes(cut));
    assert.ok(!kept.includes('Travel'));
  });

  it('keeps running text in the stretch that lost its full stop', () => {
    const running =
      'The mayor said on Tuesday that the ferry would stop at the old quay until the new terminal is built on the other side of the river';
    const kept = keptText(page(HEADLINE, P1, P2, P3, 'Opinion', 'Why the ferry needs a new home', 'Culture', 'Travel', running, 'Weather'));
    assert.ok(kept.includes(running));
    assert.ok(!kept.includes('Travel'));
  });

  it('drops a label between the last paragraph and the chrome that closes the page', () => {
    const kept = keptText(page(HEADLINE, P1, P2, P3, 'Regional', 'Share on Facebook', '© 2026 Harbour Media'));
    assert.deepEqual(kept, [P1, P2, P3]);
  });

  it('keeps a line with a figure between the last paragraph and the closing chrome', () => {
    const kept = keptText(page(HEADLINE, P1, P2, P3, 'Final score 3-1', 'Share on Facebook', '© 2026 Harbour Media'));
    assert.deepEqual(kept, [P1, P2, P3, 'Final score 3-1']);
  });

  it("drops what follows the page's copyright notice below the story, paragraphs too", () => {
    const footer = [
      'Copyright 2026 Harbour Media Group. All rights reserved.',
      'Top clips',
      'Ferry captain retires',
      'Watch the video titled "Ferry captain retires" on our channel today.',
      'Old anchor found',
      'Watch the video titled "Old anchor found" on our channel today.',
    ];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, ...footer)), [P1, P2, P3]);
  });

  it("drops the notice's own terms below it", () => {
    const terms = 'This notice may not be copied, printed or sent on without the written consent of the group.';
    const notice = 'Copyright 2026 Harbour Media Group. All rights reserved.';
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, notice, terms, 'Back to the top')), [P1, P2, P3]);
  });

  it('keeps the story when a notice under a photo is followed by paragraphs in a row', () => {
    const kept = keptText(page(HEADLINE, P1, P2, '© 2026 Anna Berg, all rights reserved', P3, P4));
    assert.deepEqual(kept, [P1, P2, P3, P4]);
  });

  it('keeps closing sections that each have a paragraph under their subheading', () => {
    const sections = [
      'What next',
      'The first cars are expected on the bridge early on Friday morning, before the rush hour.',
      'Reaction',
      'Shop owners said they were relieved that the works were finally over after so long.',
      'The costs',
      'The repairs cost more than the council had planned, and the budget will be reviewed.',
    ];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, ...sections)), [P1, P2, P3, ...sections]);
  });

  it('keeps the item headings of a news-in-brief page whose last item the scraper cut off', () => {
    // Each short heading over its own paragraph; the last paragraph lost its end (and full stop),
    // so a count of sentences alone finds one label more than paragraphs below the first item.
    const briefs = [
      ...BRIEFS,
      'Market move',
      'The Thursday market moves to the station square while the old market hall is repaired over the coming winter.',
      'Pool reopens',
      'The indoor pool reopened on Monday after new tiles were laid and the changing rooms were painted by volunteers from the swimming club who gave up th',
    ];
    assert.deepEqual(keptText(page('Benches, buses and a library timetable for the valley', ...briefs)), briefs);
  });

  it("keeps the decks over a story whose headline was not found, below the page head's notices", () => {
    // Two notice sentences head the page, the headline is not found, and short decks stand over the
    // text to the page's end: the decks are no furniture below a story ending in those notices.
    const notices = [
      'Thanks for reporting the typo in this archive page, as your fixes help every reader who searches it.',
      'The words on this page were read from an old print by a machine and may hold a few mistakes.',
    ];
    const decks = ['HARBOUR TALKS', 'Both Sides Wait', 'Vote Next Week', 'LONG DISPUTE'];
    const cut = 'The last time the port and its workers met over pay was in the wet spring of th';
    const kept = keptText(page(...notices, ...decks, `${P1} ${P2}`, cut));
    for (const deck of decks.slice(1)) assert.ok(kept.includes(deck), deck);
  });

  it('still drops short labels below the story when a teaser stands between them and the text', () => {
    const teaser = 'Cheap fares on every ferry this weekend, the port says again';
    const next = 'The museum on the quay reopened on Saturday after a winter of works on its leaking roof and its old windows.';
    const kept = keptText(page(HEADLINE, P1, P2, P3, P4, 'Harbourside', 'Region', 'Weekend', teaser, next));
    for (const label of ['Harbourside', 'Region', 'Weekend', teaser]) assert.ok(!kept.includes(label), label);
  });

  it("keeps the story's own closing list: introduced by a colon, or fixtures", () => {
    const crew = ['The divers were:', 'Anna Berg', 'Tom Hale', 'Lea Moss', 'Jan Ruiz'];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, ...crew)), [P1, P2, P3, ...crew]);
    const draw = ['First leg', 'Harbour United v Quay Athletic', 'Second leg', 'Old Town v Riverside', 'Neutral ground', 'Evening games'];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, ...draw)), [P1, P2, P3, ...draw]);
  });
});
