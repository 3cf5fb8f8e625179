/**
 * The outlet as scored candidates: each shape in which a page names its publisher, the agreement
 * of weak mentions, and the names that are never the outlet. Every page here is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleInput } from '../../engine/types.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { isDomain } from '../../indexer/metadata/outlet-names.ts';
import { siteOnTitleLine, textKey } from '../../indexer/metadata/outlet-title.ts';
import { looksLikeOutletName, outletKey } from '../../indexer/metadata/outlet-words.ts';

await loadLanguageDetector();

function article(lines: string[]): ArticleInput {
  const result = articleFromFile({ bytes: Buffer.from(lines.join('\n')), source: 'page.txt' });
  assert.ok(result.ok, result.ok ? '' : result.skip.reason);
  return result.article;
}
const outlet = (lines: string[]) => article(lines).outlet;

const HEADLINE = 'Harbour bridge to close for repairs next month';
const BODY = [
  'The harbour bridge will close for six weeks from the start of next month while engineers replace the worn deck joints, the county council said on Tuesday.',
  '',
  'Drivers will be sent along the ring road, which the council expects to add about ten minutes to a crossing at busy times of the day.',
  '',
  'Local businesses said they feared losing trade during the closure and asked for the work to be done at night where possible.',
];

describe('outlet: where pages name their publisher', () => {
  it('reads a bare domain line through the public-suffix list, and tells a domain from a file name', () => {
    assert.equal(outlet(['www.northfieldclarion.co.uk', HEADLINE, '', ...BODY]), 'northfieldclarion.co.uk');
    assert.equal(isDomain('www.northfieldclarion.co.uk'), true);
    assert.equal(isDomain('harbour-photo.jpg'), false);
    assert.equal(isDomain('notes.zip'), false);
    assert.equal(isDomain('twitter.com'), false, 'a platform is never the publisher');
  });

  it('reads "Publisher <Name>" and "Publisher" above the name', () => {
    assert.equal(outlet([HEADLINE, '', ...BODY, '', 'Publisher: Northfield Clarion']), 'Northfield Clarion');
    assert.equal(outlet([HEADLINE, '', ...BODY, '', 'Publisher', 'Northfield Clarion']), 'Northfield Clarion');
  });

  it('reads "Cite as <Name>, …"', () => {
    assert.equal(outlet([HEADLINE, '', ...BODY, '', `Cite as Northfield Clarion, "${HEADLINE}", 21 November 2012`]), 'Northfield Clarion');
  });

  it('reads a byline that names an outlet, not one that names a person', () => {
    assert.equal(outlet([HEADLINE, 'By · The Valley Courier', '', ...BODY]), 'The Valley Courier');
    assert.equal(outlet([HEADLINE, 'Por Rádio Serra', '', ...BODY]), 'Rádio Serra');
    assert.equal(outlet([HEADLINE, 'March 3, 2019 by The Valley Courier', '', ...BODY]), 'The Valley Courier');
    assert.equal(outlet([HEADLINE, 'By Jane Holloway', '', ...BODY]), 'Unknown');
  });

  it('reads a newsroom signature: "<Name> Staff", "<Name> Redaktion", "Redacción <Name>"', () => {
    assert.equal(outlet([HEADLINE, 'Valley Courier Staff', '', ...BODY]), 'The Valley Courier');
    assert.equal(outlet([HEADLINE, 'Heimatbote Redaktion', '', ...BODY]), 'Heimatbote');
    assert.equal(outlet([HEADLINE, 'Redacción Costa Sur', '', ...BODY]), 'Costa Sur');
  });

  it('reads the outlet in a dateline of its own, and an agency only when nothing else is named', () => {
    assert.equal(outlet([HEADLINE, '', `PORTVILLE (Valley Courier) - ${BODY[0]}`, ...BODY.slice(1)]), 'The Valley Courier');
    assert.equal(outlet([HEADLINE, '', `PORTVILLE (Reuters) - ${BODY[0]}`, ...BODY.slice(1)]), 'Reuters');
    assert.equal(outlet([HEADLINE, '', `PORTVILLE (Reuters) - ${BODY[0]}`, ...BODY.slice(1), '', '© 2021 Valley Courier']), 'The Valley Courier');
  });

  it('reads the outlet beside an agency in a credit line', () => {
    assert.equal(outlet([HEADLINE, 'Valley Courier, AFP, Wednesday 21 Nov 2012', '', ...BODY]), 'The Valley Courier');
    assert.equal(outlet([HEADLINE, 'Rádio Serra / Agências', '', ...BODY]), 'Rádio Serra');
  });

  it('takes the last segment of a title line with several suffixes', () => {
    assert.equal(outlet([`${HEADLINE} - Transport - Valley Courier News`, HEADLINE, '', ...BODY]), 'Valley Courier News');
    assert.equal(outlet([`${HEADLINE}, Latest County News - Valley Courier`, 'County', '', HEADLINE, '', ...BODY]), 'The Valley Courier');
    assert.equal(outlet([`${HEADLINE} | Valley Courier`, '', ...BODY]), 'The Valley Courier');
    assert.equal(outlet([`date 2021-03-01 ${HEADLINE} | KVC 7`, HEADLINE, '', ...BODY]), 'KVC 7');
  });

  it('keeps a masthead only when it reads as a publication or another mention agrees', () => {
    assert.equal(outlet(['PORTVILLE GAZETTE', '.', HEADLINE, '', ...BODY]), 'PORTVILLE GAZETTE');
    assert.equal(outlet(['Seaside Herald', '', HEADLINE, '', ...BODY]), 'The Seaside Herald');
    // A section name above the headline is not an outlet, even with a trade noun in it.
    assert.equal(outlet(['Latest News', '', HEADLINE, '', ...BODY]), 'Unknown');
    assert.equal(outlet(['Portville', '', HEADLINE, '', ...BODY]), 'Unknown');
    assert.equal(outlet(['Portville Clarion', '', HEADLINE, '', ...BODY, '', 'From Portville Clarion']), 'Portville Clarion');
  });

  it('reads "Subscribe to <Name>", an account prompt and a cookie notice in several languages', () => {
    assert.equal(outlet([HEADLINE, '', ...BODY, '', 'Subscribe to The Weekly Lantern']), 'The Weekly Lantern');
    assert.equal(outlet([HEADLINE, '', ...BODY, '', 'Si tienes cuenta en DIARIO COSTA, puedes utilizarla para identificarte']), 'DIARIO COSTA');
    assert.equal(outlet([HEADLINE, '', ...BODY, '', 'Nordlys Avis anvender cookies til at huske dine indstillinger og til statistik.']), 'Nordlys Avis');
    assert.equal(outlet([HEADLINE, '', ...BODY, '', 'Heimatbote verwendet Cookies, um die Website zu verbessern.']), 'Heimatbote');
    assert.equal(outlet([HEADLINE, '', ...BODY, '', 'This site uses cookies to improve your experience.']), 'Unknown');
  });

  it('reads a copyright holder in several languages, without the company form', () => {
    assert.equal(outlet([HEADLINE, '', ...BODY, '', '© 2021 Valley Courier Ltd. All rights reserved.']), 'The Valley Courier');
    assert.equal(outlet([HEADLINE, '', ...BODY, '', 'Copyright © 2020 Heimatbote GmbH. Alle Rechte vorbehalten.']), 'Heimatbote');
    assert.equal(outlet([HEADLINE, '', ...BODY, '', 'Diario Costa © 2019 Todos los derechos reservados']), 'Diario Costa');
  });

  it('reads a name-and-date stamp, a live-coverage line and a footer credit', () => {
    assert.equal(outlet([HEADLINE, '', 'Portvillian 2018-06-21 | Comments: 0', ...BODY]), 'Portvillian');
    assert.equal(outlet([HEADLINE, '', ...BODY, '', 'The match was followed in LIVE TEXT on valleysport.ro, as every round of the league.']), 'valleysport.ro');
    assert.equal(outlet([HEADLINE, '', ...BODY, '', 'From Seaside Herald']), 'The Seaside Herald');
  });

  it('takes the outlet named as the publisher in the text only when another mention agrees', () => {
    const own = 'According to figures collected and analysed by Portville Clarion, the bridge carries 40,000 vehicles a day.';
    assert.equal(outlet([HEADLINE, '', own, '', ...BODY]), 'Unknown');
    assert.equal(outlet([HEADLINE, '', own, '', ...BODY, '', 'Portville Clarion']), 'Portville Clarion');
  });

  it('sums weak mentions of one outlet: two agreeing beat one medium candidate', () => {
    // A masthead alone (1) is not enough, a lone name at the foot alone (1) neither; together they are.
    assert.equal(outlet(['Portvillian', '', HEADLINE, '', ...BODY]), 'Unknown');
    assert.equal(outlet(['Portvillian', '', HEADLINE, '', ...BODY, '', 'Portvillian']), 'Portvillian');
  });

  it('matches an acronym with the name it abbreviates', () => {
    assert.equal(outlet([HEADLINE, '', 'Por Rede Serra', ...BODY, '', 'Assine RS Premium.']), 'Rede Serra');
  });

  it('lets a domain agree with the name it spells, and says which evidence won', () => {
    const a = article(['Portvillian', '', HEADLINE, '', ...BODY, '', 'portvillian.com']);
    assert.equal(a.outlet, 'Portvillian');
    assert.match(a.provenance.outlet!, /masthead line 1 'Portvillian'/);
    assert.match(a.provenance.outlet!, /domain line \d+ 'portvillian\.com'/);
  });
});

describe('outlet: names that are not the outlet', () => {
  it('ignores photo agencies, social networks and sources quoted in the story', () => {
    assert.equal(outlet([HEADLINE, '', ...BODY, '', 'Getty Images', '', 'Follow us on Facebook', 'Twitter']), 'Unknown');
    assert.equal(outlet([HEADLINE, '', 'A council spokesman told Reuters the work could not wait.', '', ...BODY]), 'Unknown');
  });

  it('never lets body text alone decide, however often it names an outlet', () => {
    const mention = 'The Portville Clarion reported last week that the Portville Clarion had seen the plans.';
    assert.equal(outlet([HEADLINE, '', mention, '', mention, '', ...BODY]), 'Unknown');
  });

  it('does not take buttons, ad slots or list labels repeated down the page for a name', () => {
    assert.equal(outlet([HEADLINE, '', ...BODY, '', 'Advertisement', '', 'Ferry fares to rise', 'NEXT', 'Market reopens', 'NEXT', 'School wins prize', 'NEXT']), 'Unknown');
  });

  it('keeps a wire agency in a copyright line as a last resort only', () => {
    assert.equal(outlet([HEADLINE, '', ...BODY, '', '© 2014 Reuters']), 'Reuters');
    assert.equal(outlet([`${HEADLINE} | Valley Courier`, '', ...BODY, '', '© 2014 Reuters']), 'The Valley Courier');
  });
});

describe('outlet: helpers', () => {
  it('keys names so that case, "The", accents, a domain and a company form agree', () => {
    assert.equal(outletKey('The Valley Courier'), outletKey('VALLEY COURIER'));
    assert.equal(outletKey('valleycourier.co.uk'), outletKey('Valley Courier'));
    assert.equal(outletKey('Diário Serra Ltd'), outletKey('diario serra'));
  });

  it('tells a publication-shaped name from a person or a section', () => {
    assert.ok(looksLikeOutletName('Coast Advocate'));
    assert.ok(looksLikeOutletName('Nordlyskrant'));
    assert.ok(looksLikeOutletName('SportLens'));
    assert.ok(!looksLikeOutletName('Jane Holloway'));
    assert.ok(!looksLikeOutletName('LiveNow'));
  });

  it('finds the site after a headline that a later line repeats', () => {
    const known = new Set([textKey(HEADLINE)]);
    assert.deepEqual(siteOnTitleLine(`${HEADLINE} – Section – Valley Courier`, known), { site: 'Valley Courier', confirmed: true, separator: '–' });
    assert.equal(siteOnTitleLine('Harbour – a bridge too far for the council to fund this year', new Set())?.site ?? null, null);
  });
});
