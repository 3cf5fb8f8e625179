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

describe('title: a page title line with no copy below, its cells set apart by pipes', () => {
  const alone = (titleLine: string) => cleanText([titleLine, '', BODY, '', BODY2].join('\n')).headline;

  it('takes off a section in sentence case between pipes and the site after it', () => {
    const h = alone(`${HEADLINE} | Local news | Coast Courier`);
    assert.equal(h?.text, HEADLINE);
    assert.equal(h?.siteSuffix, 'Coast Courier');
  });

  it('reads a doubled pipe as a pipe', () => {
    assert.equal(alone(`${HEADLINE} || Coast Courier`)?.text, HEADLINE);
    assert.equal(alone(`${HEADLINE} || Local news || Coast Courier`)?.text, HEADLINE);
  });

  it('keeps a headline shorter than the cell after it', () => {
    // "Ferry crew" is no headline: the longer cell in sentence case is not a section.
    assert.notEqual(alone('Ferry crew | Film team stopped on quay | Coast Courier')?.text, 'Ferry crew');
  });

  it('leaves a clause after a dash on the headline without a copy to prove it', () => {
    assert.equal(alone(`${HEADLINE} - Local news | Coast Courier`)?.text, `${HEADLINE} - Local news`);
  });
});

describe('title: a page title line naming its site by its domain beside a pipe', () => {
  const alone = (titleLine: string) => cleanText([titleLine, '', BODY, '', BODY2].join('\n')).headline;

  it('takes the headline before or after the domain', () => {
    assert.equal(alone(`${HEADLINE} | coastcourier.net`)?.text, HEADLINE);
    assert.equal(alone(`${HEADLINE} || coastcourier.net`)?.text, HEADLINE);
    assert.equal(alone(`coastcourier.net | ${HEADLINE}`)?.text, HEADLINE);
    assert.equal(alone(`coastcourier.net || ${HEADLINE}`)?.text, HEADLINE);
  });

  it('still passes over a link beside an arrow and a short menu beside a domain', () => {
    const page = (top: string) => cleanText([top, '', HEADLINE, '', BODY, '', BODY2].join('\n')).headline;
    assert.equal(page('coastcourier.net« Back to the front page of the site')?.text, HEADLINE);
    assert.equal(page('coastcourier.net | Home | Contact')?.text, HEADLINE);
  });
});

describe("title: a one-word name after the headline that the page's own address spells", () => {
  const page = (titleLine: string, footer: string) => cleanText([titleLine, '', BODY, '', BODY2, '', footer].join('\n')).headline;

  it('takes off the name when the page prints its domain, in an address or an email', () => {
    assert.equal(page(`${HEADLINE} - Nordwind`, 'Kontakt: redaktion@nordwind.de')?.text, HEADLINE);
    assert.equal(page(`${HEADLINE} – Nord-Wind`, '© 2024 www.nordwind.de')?.text, HEADLINE);
    assert.equal(page(`Nordwind - ${HEADLINE}`, 'Kontakt: redaktion@nordwind.de')?.text, HEADLINE);
  });

  it('leaves the last word on when no domain spells it', () => {
    assert.equal(page(`${HEADLINE} - Nordwind`, 'Kontakt: redaktion@coastcourier.net')?.text, `${HEADLINE} - Nordwind`);
  });
});
