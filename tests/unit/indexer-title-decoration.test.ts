import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { withoutDecoration } from '../../indexer/clean/title-decoration.ts';
import { lineKey } from '../../indexer/clean/shape.ts';

// Invented text: a page title line over the article's own heading, and the story under it.
const HEADLINE = 'Ferry crew stop a film team on the harbour quay';
const BODY =
  'The harbour ferry crew stopped a film team on the quay on Monday, the operator said, after a pilot saw cameras near the engine room.';
const BODY2 = 'Passengers waited for an hour while the ferry staff checked the team’s papers, and the crossing left Porthaven late.';

const headlineOf = (titleLine: string) => cleanText([titleLine, '', HEADLINE, '', BODY, '', BODY2].join('\n')).headline;

describe('title: names joined to a headline the page prints again below', () => {
  for (const titleLine of [
    `${HEADLINE} || Coast Courier`,
    `${HEADLINE} ~ Coast Courier`,
    `${HEADLINE} : Coast Courier`,
    `${HEADLINE} / coastcourier.net`,
    `${HEADLINE} | Local news | Coast Courier`,
    `${HEADLINE} - Local news | Coast Courier`,
    `Coast Courier : ${HEADLINE}`,
    `Coast Courier - ${HEADLINE}`,
    `COAST COURIER || ${HEADLINE}`,
  ]) {
    it(`takes the headline out of "${titleLine}"`, () => {
      const h = headlineOf(titleLine);
      assert.equal(h?.text, HEADLINE);
      assert.equal(h?.line, 3);
    });
  }

  it('names the site the title line appends last', () => {
    assert.equal(headlineOf(`${HEADLINE} ~ Local news ~ Coast Courier`)?.siteSuffix, 'Coast Courier');
  });

  it('leaves a title line that goes on with a clause of its own', () => {
    const key = lineKey(HEADLINE);
    assert.equal(withoutDecoration(`${HEADLINE}: passengers wait an hour`, key), null);
    assert.equal(withoutDecoration(`${HEADLINE} - Passengers wait an hour on the quay for the crossing.`, key), null);
    assert.equal(withoutDecoration(`${HEADLINE} and the crossing leaves late`, key), null);
  });
});
