/**
 * Metadata sources, one by one, on articles written for these tests: path conventions, manifest
 * folders, bylines, written dates, URL domains, newspaper titles, copyright years and language.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleInput } from '../../engine/contract/types.ts';
import { detectLanguage } from '../../indexer/infer/language.ts';
import { dateFromPath, outletFromPath } from '../../indexer/infer/path.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import type { StatedMeta } from '../../indexer/types.ts';

await loadLanguageDetector();

const BODY = [
  'The county library service will open on Sundays from next month, after a trial at two branches drew more visitors than any weekday.',
  'Staff who volunteer for the new shifts will be paid at the weekend rate, the council said.',
].join('\n\n');

function build(
  text: string,
  source = 'a.txt',
  extra: { manifestEntry?: StatedMeta; folderEntry?: { meta: StatedMeta; from: string } } = {},
): ArticleInput {
  const r = articleFromFile({ bytes: Buffer.from(text), source, ...extra });
  assert.ok(r.ok, r.ok ? '' : r.skip.reason);
  return r.article;
}

describe('path conventions', () => {
  it('reads ISO dates in folder and file names, and year/month/day folders', () => {
    assert.deepEqual(dateFromPath('2019-04-30 evening/a.txt'), { value: '2019-04-30', from: "path '2019-04-30 evening/'" });
    assert.deepEqual(dateFromPath('scrape/libraries_2020_02_29.txt'), {
      value: '2020-02-29',
      from: "file name 'libraries_2020_02_29.txt'",
    });
    assert.deepEqual(dateFromPath('archive/2012/11/a.txt'), { value: '2012-11', from: "path 'archive/2012/11/'" });
    assert.equal(dateFromPath('batch-2019x/20190430.txt'), null);
    assert.equal(dateFromPath('scrape/2019-02-30-a.txt'), null, 'not a calendar date');
  });

  it('reads an outlet only from a folder named like a web domain, never from a topic folder', () => {
    assert.deepEqual(outletFromPath('www.harbourtimes.example.co.uk/2020/a.txt'), {
      value: 'harbourtimes.example.co.uk',
      from: "folder 'www.harbourtimes.example.co.uk/' is named like a web domain",
    });
    for (const source of ['reuters/a.txt', 'politics/a.txt', 'batch-2/a.txt', 'v1.2/a.txt', 'a.txt'])
      assert.equal(outletFromPath(source), null, source);
  });

  it('lets a manifest folder entry set the outlet, below what the file itself states', () => {
    const folderEntry = { meta: { outlet: 'Civic Wire', language: 'en' }, from: 'civic/' };
    const a = build(`Libraries to open on Sundays\n\n${BODY}`, 'civic/libraries.txt', { folderEntry });
    assert.deepEqual([a.outlet, a.provenance.outlet], ['Civic Wire', "manifest folder 'civic/'"]);
    const stated = build(`---\noutlet: County Courier\n---\nLibraries to open on Sundays\n\n${BODY}`, 'civic/libraries.txt', {
      folderEntry,
    });
    assert.deepEqual([stated.outlet, stated.provenance.outlet], ['County Courier', 'front matter']);
    const manifest = build(`Libraries to open on Sundays\n\n${BODY}`, 'civic/libraries.txt', {
      folderEntry,
      manifestEntry: { outlet: 'Override' },
    });
    assert.equal(manifest.outlet, 'Override');
  });
});

describe('inference from the text', () => {
  it('keeps a byline as metadata and dates the article from it', () => {
    const a = build(`Libraries to open on Sundays\nBy Hannah Roe, Education Correspondent, 14 January 2020\n\n${BODY}`);
    assert.equal(a.provenance.byline, "Hannah Roe (byline line 2 'By Hannah Roe, Education Correspondent, 14 January 2020')");
    assert.deepEqual([a.date, a.provenance.date], ['2020-01-14', "byline 'By Hannah Roe, Education Correspondent, 14 January 2020'"]);
    assert.ok(!a.paragraphs.some((p) => p.text.includes('Hannah Roe')));
  });

  it('reads a written date in an "Updated" stamp, and an agency dateline as the agency (not the outlet: member sites carry it too)', () => {
    const a = build(`Libraries to open on Sundays\nUpdated: Jan. 14, 2020, 6:02 p.m.\n\nLEEDS (AP) — ${BODY}`);
    assert.deepEqual([a.date, a.agency, a.outlet], ['2020-01-14', 'AP', 'Unknown']);
  });

  it('never takes the year from a copyright notice, but records it as a hint', () => {
    const a = build(`Libraries to open on Sundays\n\n${BODY}\n\n© 2023 County Courier Group`);
    assert.deepEqual([a.year, a.date, a.hints, a.outlet], [null, null, ['copyright notice 2023'], 'County Courier Group']);
  });

  it('cites a newspaper title with "The" whichever line named it, and leaves other names alone', () => {
    const post = build(`Libraries to open on Sundays\n\n${BODY}\n\nThe post Libraries to open on Sundays appeared first on Valley Herald.`);
    assert.equal(post.outlet, 'The Valley Herald');
    const blog = build(`Libraries to open on Sundays\n\n${BODY}\n\nThe post Libraries to open on Sundays appeared first on Shelf Notes.`);
    assert.equal(blog.outlet, 'Shelf Notes');
  });

  it('says "Unknown" rather than guessing an outlet from a folder or a name in the story', () => {
    const a = build(
      `Libraries to open on Sundays\n\nThe Guardian of the county archive, Ann Mills, welcomed the news.\n\n${BODY}`,
      'news/libraries.txt',
    );
    assert.deepEqual([a.outlet, a.provenance.outlet], ['Unknown', 'nothing names it']);
  });
});

describe('language', () => {
  it('detects the language of the paragraphs and says so', () => {
    assert.equal(
      detectLanguage(['Die Stadtbibliothek öffnet ab dem nächsten Monat auch sonntags, teilte die Verwaltung mit.']).language,
      'de',
    );
    assert.equal(
      detectLanguage(['La biblioteca municipal abrirá los domingos a partir del próximo mes, informó el ayuntamiento.']).language,
      'es',
    );
    assert.equal(build(`Libraries to open on Sundays\n\n${BODY}`).language, 'en');
  });

  it('says "und" when there is too little text to tell', () => {
    assert.deepEqual(detectLanguage(['OK']), { language: 'und', from: 'too little text to detect' });
  });

  it('lets a stated language win, reduced to its primary subtag', () => {
    const a = build(`---\nlanguage: en-GB\n---\nLibraries to open on Sundays\n\n${BODY}`);
    assert.deepEqual([a.language, a.provenance.language], ['en', 'front matter']);
  });
});
