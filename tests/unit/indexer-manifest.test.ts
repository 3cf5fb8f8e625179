import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { extractFrontMatter } from '../../indexer/read/front-matter.ts';
import { folderEntryFor, loadManifest, ManifestError, parseManifest, parseManifestSections } from '../../indexer/read/manifest.ts';

function manifestError(source: string): ManifestError {
  try {
    parseManifest(source, 'corpus/manifest.yaml');
  } catch (error) {
    assert.ok(error instanceof ManifestError);
    return error;
  }
  assert.fail('expected a ManifestError');
}

describe('the manifest', () => {
  it('reads entries keyed by corpus-relative path, normalising ./ and backslashes', () => {
    const entries = parseManifest(
      ['articles:', '  ./world/a.txt:', '    outlet: Civic Wire', '    date: 2012-11', '  world\\b.txt:', '    date: 2012'].join('\n'),
      'm.yaml',
    );
    assert.deepEqual(entries.get('world/a.txt'), { outlet: 'Civic Wire', date: '2012-11' });
    assert.deepEqual(entries.get('world/b.txt'), { date: '2012' });
  });

  it('accepts every field, with null meaning "none"', () => {
    const entries = parseManifest(
      [
        'articles:',
        '  a.txt:',
        '    title: Bridge reopens',
        '    outlet: Civic Wire',
        '    agency: null',
        '    carriedBy: Reposter',
        '    date: 2019-04-02',
        '    url: https://example.org/bridge',
        '    language: en',
      ].join('\n'),
      'm.yaml',
    );
    assert.deepEqual(entries.get('a.txt'), {
      title: 'Bridge reopens',
      outlet: 'Civic Wire',
      agency: null,
      carriedBy: 'Reposter',
      date: '2019-04-02',
      url: 'https://example.org/bridge',
      language: 'en',
    });
  });

  it('treats an empty manifest as no entries', () => {
    assert.equal(parseManifest('# nothing yet\n', 'm.yaml').size, 0);
    assert.equal(parseManifest('articles:\n', 'm.yaml').size, 0);
  });

  it('reports broken YAML with the file name and line', () => {
    const error = manifestError('articles:\n  a.txt:\n    title: [unclosed\n  b.txt: {}\n');
    assert.equal(error.file, 'corpus/manifest.yaml');
    assert.ok(error.line !== undefined && error.line >= 3, `line ${error.line}`);
    assert.match(error.message, /^corpus\/manifest\.yaml:\d+: is not valid YAML/);
  });

  it('reports an invalid date with its field path and line', () => {
    const error = manifestError('articles:\n  a.txt:\n    title: Fine\n    date: 2012-13-01\n');
    assert.equal(error.line, 4);
    assert.match(error.message, /articles → a\.txt → date: "2012-13-01" is not an ISO date/);
  });

  it('reports a misspelt field and lists the known ones', () => {
    const error = manifestError('articles:\n  a.txt:\n    titel: Oops\n');
    assert.equal(error.line, 3);
    assert.match(error.message, /Unrecognized key: "titel".*known fields: title, outlet/);
  });

  it('rejects a URL that is not http(s)', () => {
    assert.match(manifestError('articles:\n  a.txt:\n    url: ftp://example.org/x\n').message, /http\(s\) URL/);
  });

  it('is optional: a corpus without one has no entries', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'manifest-'));
    try {
      assert.deepEqual(await loadManifest(dir), { file: null, entries: new Map(), folders: new Map() });
      await writeFile(path.join(dir, 'manifest.yaml'), 'articles:\n  a.txt:\n    outlet: X\n');
      const loaded = await loadManifest(dir);
      assert.equal(loaded.file, path.join(dir, 'manifest.yaml'));
      assert.equal(loaded.entries.get('a.txt')?.outlet, 'X');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('maps folders to metadata with "folders:", deepest folder first', () => {
    const { folders } = parseManifestSections(
      'folders:\n  wires/:\n    outlet: Wire Service\n  wires/afp:\n    outlet: AFP\n    language: fr\n',
      'm.yaml',
    );
    assert.deepEqual(folderEntryFor(folders, 'wires/afp/2020/a.txt'), { meta: { outlet: 'AFP', language: 'fr' }, from: 'wires/afp/' });
    assert.deepEqual(folderEntryFor(folders, 'wires/b.txt'), { meta: { outlet: 'Wire Service' }, from: 'wires/' });
    assert.equal(folderEntryFor(folders, 'b.txt'), undefined);
  });

  it('rejects a title or url for a whole folder', () => {
    assert.throws(() => parseManifestSections('folders:\n  x:\n    title: Same for all\n', 'm.yaml'), /m\.yaml:3: .*title/);
  });
});

describe('front matter', () => {
  it('reads a --- block at the very top and blanks it so line numbers still match', () => {
    const front = extractFrontMatter('---\ntitle: Bridge reopens\ndate: 2019\n---\nBridge reopens\nBody.')!;
    assert.deepEqual(front.meta, { title: 'Bridge reopens', date: '2019' });
    assert.equal(front.text, '\n\n\n\nBridge reopens\nBody.');
    assert.deepEqual(
      front.dropped.map((d) => [d.line, d.reason]),
      [
        [1, 'front-matter'],
        [2, 'front-matter'],
        [3, 'front-matter'],
        [4, 'front-matter'],
      ],
    );
  });

  it('ignores a --- block that is not a YAML mapping', () => {
    assert.equal(extractFrontMatter('---\nJust a rule drawn in text\n---\nBody.'), null);
  });

  it('ignores a --- line that is not at the very top', () => {
    assert.equal(extractFrontMatter('Title\n---\ntitle: x\n---\n'), null);
  });

  it('keeps the good fields of front matter and warns about the bad ones', () => {
    const front = extractFrontMatter('---\noutlet: Civic Wire\ndate: someday\n---\nBody.')!;
    assert.deepEqual(front.meta, { outlet: 'Civic Wire' });
    assert.match(front.warnings[0]!, /front matter field "date": "someday" is not an ISO date/);
  });
});
