/**
 * A name for an address no list knows (issue 18, task 18url): when the domain alone names the
 * outlet, a reader cites the site by the name the page spells it with ("La Voz de Ejemplo" for
 * "lavozdeejemplo.es"), else by its registered label ("Ejemplodiario"), never by its host. And the
 * host's parts come from the Public Suffix List: a hosted blog's own name, a multi-part suffix.
 * Every name and address here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { domainParts } from '../../indexer/infer/domain-parts.ts';
import { domainName, foldText, spelledRuns } from '../../indexer/infer/outlet-domain-name.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { cleanText } from '../../indexer/clean/index.ts';
import { outletEvidence } from '../../indexer/infer/outlet.ts';
import { BODY, HEADLINE, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

function outletAt(url: string, text: string): string {
  const r = articleFromFile({ bytes: Buffer.from(text), source: 'page.txt', manifestEntry: { url } });
  assert.ok(r.ok);
  return r.article.outlet;
}

describe('the parts of a host', () => {
  it('cuts multi-part and private suffixes as the Public Suffix List does', () => {
    assert.deepEqual(domainParts('news.m.harbourlantern.com.tw'), { label: 'harbourlantern', suffix: 'com.tw', subdomains: ['news', 'm'] });
    assert.equal(domainParts('www.camaradeexemplo.sp.gov.br').label, 'camaradeexemplo');
    assert.equal(domainParts('harbourlanternnotes.blogspot.com').label, 'harbourlanternnotes');
    assert.equal(domainParts('desk@hl.example.org').label, 'example');
  });

  it('reads a punycode label in its own letters', () => {
    assert.equal(domainParts('xn--hrbor-mra.nu').label, 'hårbor');
  });
});

describe('a name for an unknown domain', () => {
  it('finds whole words spelling the label, whatever case, spaces and accents', () => {
    assert.deepEqual(
      spelledRuns('Noticias de La Voz de Ejemplo, cada día', 'lavozdeejemplo').map((r) => r.text),
      ['La Voz de Ejemplo'],
    );
    assert.deepEqual(
      spelledRuns('Headline here | DailyExample.com', 'dailyexamplecom').map((r) => [r.text, r.whole]),
      [['DailyExample.com', true]],
    );
    // Part of a longer word, or two parts of a line, are no spelling of the label.
    assert.deepEqual(spelledRuns('Dailyexamples are here', 'dailyexample'), []);
    assert.deepEqual(spelledRuns('Daily | Example', 'dailyexample'), []);
  });

  it('prefers the page’s capitalised spelling, else the capitalised label without its suffix', () => {
    assert.deepEqual(domainName('lavozdeejemplo.es', ['Lea La Voz de Ejemplo cada día']), { value: 'La Voz de Ejemplo', way: 'page' });
    assert.deepEqual(domainName('news.ejemplodiario.com.ar', ['visit ejemplodiario.com.ar']), { value: 'Ejemplodiario', way: 'label' });
    assert.deepEqual(domainName('exn.example', []), { value: 'EXN', way: 'label' });
  });

  it('keeps a suffix that is a word of the trade, and does not take the bare label for such a site', () => {
    // The town the station is named after is no spelling of "Quayside FM".
    assert.deepEqual(domainName('www.quayside.fm', ['Roads in Quayside are closed']), { value: 'Quayside.fm', way: 'label' });
    assert.deepEqual(domainName('quayside.fm', ['Listen to Quayside FM']), { value: 'Quayside FM', way: 'page' });
  });

  it('reads a label the page never spells whole as the page’s own words, written as the page writes them', () => {
    const page = ['Ferry to Álava resumes', 'The harbour of Álava reopened, the news desk said. Noticias de la costa.'];
    assert.deepEqual(domainName('www.noticiasdealava.example', page), { value: 'Noticias de Álava', way: 'words' });
    assert.deepEqual(domainName('thequaysidenews.example', ['the quayside reopened, the news said']), {
      value: 'The Quayside News',
      way: 'words',
    });
    // A label that does not fall wholly into the page's words, or only into one, stays the registered label.
    assert.deepEqual(domainName('thequaysidegazette.example', ['the quayside reopened']), { value: 'Thequaysidegazette', way: 'label' });
    assert.deepEqual(domainName('quayside.example', ['Roads in quayside are closed']), { value: 'Quayside', way: 'label' });
    // The parts of an address the page prints are the label again, not the page's words.
    assert.deepEqual(domainName('www.harbour-gazette.example', ['www.harbour-gazette.example', 'news@harbour-gazette.example']), {
      value: 'Harbour-gazette',
      way: 'label',
    });
  });

  it('takes the folder’s agreed outlet when its words or initials spell the domain', () => {
    assert.deepEqual(domainName('lavozdeejemplo.es', [], 'La Voz de Ejemplo'), { value: 'La Voz de Ejemplo', way: 'folder' });
    assert.deepEqual(domainName('www.etv.example', [], 'Ejemplo TV'), { value: 'Ejemplo TV', way: 'folder' });
    // A folder outlet another site's: the domain keeps its own name.
    assert.deepEqual(domainName('www.quayside.example', [], 'La Voz de Ejemplo'), { value: 'Quayside', way: 'label' });
    const clean = cleanText(`${HEADLINE}\n\n${BODY}\n`);
    const named = (folderOutlet?: string) =>
      outletEvidence({ clean, dropped: clean.dropped, copyright: undefined, urlDomain: 'etv.example', folderOutlet }).rule?.value;
    assert.deepEqual([named('Ejemplo TV'), named()], ['Ejemplo TV', 'ETV']);
  });

  it('names a stated URL’s unknown domain by the page’s spelling or the label, not the host', () => {
    const spelled = `${HEADLINE}\n\n${BODY}\n\nTodas las noticias de La Voz de Ejemplo\n`;
    assert.equal(outletAt('https://noticias.lavozdeejemplo.es/ferry', spelled), 'La Voz de Ejemplo');
    assert.equal(outletAt('https://coast.harbourlanternnotes.blogspot.com/ferry', `${HEADLINE}\n\n${BODY}\n`), 'Harbourlanternnotes');
  });
});

describe('an address under a state’s own suffix', () => {
  const page = (extra: string) => `${HEADLINE}\n\n${BODY}\n\n${extra}\n`;

  it('names no outlet by its label, a place or an office’s short form', () => {
    // The label is the town the page writes; the body is cited by its full name, which the address does not give.
    assert.equal(outletAt('https://www.quayton.gov.uk/news/ferry', page('Quayton is served by two piers.')), 'Unknown');
    assert.equal(outletAt('https://quaytondistrict.govt.nz/ferry', page('')), 'Unknown');
    assert.equal(outletAt('https://www.quayton.es.gov.br/noticias/ferry', page('')), 'Unknown');
    // Its town written in capitals at a line's start is a dateline, not the office's initials.
    assert.equal(outletAt('https://www.quayton.go.ke/ferry', `${HEADLINE}\n\nQUAYTON, May 4 – ${BODY}\n`), 'Unknown');
    // Without a URL, an official address or e-mail the page prints names no outlet either.
    assert.equal(outletOf(page('Questions: ferries@quaytonharbour.police.uk\n\nQuaytonharbour piers are open.')), 'Unknown');
  });

  it('names the office by its initials when the page writes them inside a line, and leaves other suffixes alone', () => {
    assert.equal(outletAt('https://www.qhfa.gov.uk/news/ferry', page('The timetable was reviewed by QHFA staff.')), 'QHFA');
    // The same label under a commercial suffix is the site's name, as before.
    assert.equal(outletAt('https://www.quayton.co.uk/news/ferry', page('Quayton is served by two piers.')), 'Quayton');
  });
});

describe('folding a character as labels are compared (ASCII from a table, 18perf32)', () => {
  it('folds every ASCII character as the general way does: letters lower case, digits kept, anything else gone', () => {
    for (let code = 0; code < 0x80; code++) {
      const c = String.fromCharCode(code);
      const expected = /[A-Za-z]/.test(c) ? c.toLowerCase() : /[0-9]/.test(c) ? c : '';
      assert.equal(foldText(c), expected, `code ${code}`);
    }
    assert.equal(foldText('Harbour-Lantern 24.com!'), 'harbourlantern24com');
  });

  it('still folds what is not ASCII the general way: accents, letters without a decomposition, ligatures, other scripts', () => {
    assert.equal(foldText('Ébène'), 'ebene');
    assert.equal(foldText('Straße Łódź'), 'strasselodz');
    assert.equal(foldText('ﬁnestra'), 'finestra');
    assert.equal(foldText('Ｅｘ２'), 'ex2');
    assert.equal(foldText('Пример 𝟙'), 'пример1');
    assert.equal(foldText('«—»'), '');
  });

  it('finds a spelling written partly beyond ASCII and refuses one a word runs on into', () => {
    assert.deepEqual(
      spelledRuns('Lisez Le Phare Côtier, chaque jour', 'lepharecotier').map((r) => r.text),
      ['Le Phare Côtier'],
    );
    assert.deepEqual(spelledRuns('Lisez LePhareCôtierPlus', 'lepharecotier'), []);
  });
});
