/**
 * Two-digit years that are another calendar's (issue 18, round 14): a Thai page's Buddhist-Era "68" (2568, that is
 * 2025) is never read as 1968, and a Japanese era's short date ("H30.12.03" is Heisei 30, 2018) is never read as
 * 2003. Both are refused, not guessed. Every line and page below is invented, in the shapes real pages use.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateOf, HEADLINE, P1, P2, P3 } from '../helpers/harbour-board-story.ts';

describe('two-digit years of other calendars', () => {
  it('refuses a two-digit year that would fall before the web', () => {
    assert.equal(dateOf([HEADLINE, '20/03/68 10:30', P1, P2, P3]), undefined);
    assert.equal(dateOf([HEADLINE, 'Publicado: 20/03/68', P1, P2, P3]), undefined);
  });

  it('refuses a Japanese era short date, its era letter glued to the year', () => {
    assert.equal(dateOf([HEADLINE, 'H30.12.03 10:30', P1, P2, P3]), undefined);
    assert.equal(dateOf([HEADLINE, 'R07.03.20 10:30', P1, P2, P3]), undefined);
  });

  it('still reads the two-digit years of the web', () => {
    assert.equal(dateOf([HEADLINE, '• 28.04.07, 15:28', P1, P2, P3]), '2007-04-28');
    assert.equal(dateOf([HEADLINE, '24.04.95 10:30', P1, P2, P3]), '1995-04-24');
    assert.equal(dateOf([HEADLINE, 'Publicado: 21/11/98', P1, P2, P3]), '1998-11-21');
  });
});
