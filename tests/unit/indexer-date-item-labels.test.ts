/**
 * A date after the label a site's software prints before it, naming the item and its "of" or "on" (issue 18, round
 * 14): "Artikel vom 19.12.2014", "Édition du mardi 2 décembre 2025", Malay "Artikel ini disiarkan pada : …". The
 * label is a cue (date-cues.ts), so the date is the page's own, not a bare date line a header could print. Every
 * line and page below is invented, in the shapes real pages use.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateOf, HEADLINE, P1, P2, P3 } from '../helpers/harbour-board-story.ts';

describe('a date after an item label', () => {
  it('reads a German "Artikel vom" above the headline', () => {
    assert.equal(
      dateOf(['Harbour Gazette (Druckversion)', 'Autor: Harbour Gazette', 'Artikel vom 19.12.2014', HEADLINE, P1, P2, P3]),
      '2014-12-19',
    );
  });

  it('reads a French edition date with its weekday, above a rubric, as no header widget', () => {
    assert.equal(dateOf(['Édition du mardi 2 décembre 2025', 'Élections', HEADLINE, P1, P2, P3]), '2025-12-02');
  });

  it('reads the Malay publication stamp at the foot of the story', () => {
    assert.equal(dateOf([HEADLINE, P1, P2, P3, 'Artikel ini disiarkan pada : Jumaat, 20 Mac 2015 @ 12:00 PM']), '2015-03-20');
  });

  it('reads the label only where it opens its line: after other words it links to another story', () => {
    assert.equal(dateOf([HEADLINE, P1, P2, P3, 'Lesen Sie dazu auch den Artikel vom 3. Mai 2019']), undefined);
  });
});
