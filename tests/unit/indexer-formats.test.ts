/**
 * Each format's reader through the whole pipeline: saved web pages, JSON and JSONL records, and
 * the metadata each one states about itself, with where every value came from.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { ArticleInput } from '../../engine/contract/types.ts';
import { articleFromFile, documentsFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';

await loadLanguageDetector();

const FIXTURES = new URL('../fixtures/ingestion/', import.meta.url);

function article(bytes: Uint8Array | string, source: string): ArticleInput {
  const r = articleFromFile({ bytes: typeof bytes === 'string' ? Buffer.from(bytes) : bytes, source });
  assert.ok(r.ok, r.ok ? '' : r.skip.reason);
  return r.article;
}

const texts = (a: ArticleInput) => a.paragraphs.map((p) => p.text);

describe('saved web pages (.html, .htm)', () => {
  const page = article(readFileSync(new URL('pages/tidewater-ferry.html', FIXTURES)), 'coast/tidewater-ferry.html');

  it('takes title, outlet, date, url and byline from JSON-LD and says so', () => {
    assert.deepEqual(
      [page.title, page.outlet, page.date, page.year, page.url, page.language],
      [
        'Night ferry returns to the Tidewater crossing',
        'The Coastal Ledger',
        '2021-05-14',
        2021,
        'https://www.coastalledger.example.org/news/2021/05/night-ferry-returns',
        'en',
      ],
    );
    assert.deepEqual(
      [page.provenance.title, page.provenance.outlet, page.provenance.date, page.provenance.byline],
      ['JSON-LD headline', 'JSON-LD publisher.name', 'JSON-LD datePublished', 'Priya Raman (JSON-LD author)'],
    );
  });

  it('keeps the article text and its subheading, and nothing from the page around it', () => {
    assert.deepEqual(
      page.paragraphs.map((p) => [p.kind, p.text.slice(0, 30)]),
      [
        ['body', 'The night ferry across the Tid'],
        ['body', 'The operator said three crossi'],
        ['heading', 'Crew shortage eased'],
        ['body', 'The service was suspended when'],
        ['body', '"People rebuilt their lives ar'],
        ['body', 'Fares will stay at the daytime'],
      ],
    );
    const dropped = new Map(page.dropped.map((d) => [d.text, d.reason]));
    assert.equal(dropped.get('The ferry leaving the north pier at dusk. Photo: Harbour Trust'), 'caption');
    assert.equal(dropped.get('Share this article: Facebook | Twitter | Email'), 'promotion');
    assert.equal(dropped.get('By Priya Raman'), 'credit');
  });

  it('falls back to Open Graph and plain meta tags when there is no JSON-LD', () => {
    const html = `<html lang="pt-BR"><head><title>Ignored | Site</title>
      <meta property="og:title" content="Ponte reabre depois de obras">
      <meta property="og:site_name" content="Jornal do Vale">
      <meta name="date" content="Tue, 03 Jan 2023 08:00:00 GMT"></head>
      <body><article><h1>Ponte reabre depois de obras</h1>
      <p>A ponte sobre o rio voltou a abrir ao trânsito na terça-feira, depois de seis meses de obras de reparação.</p>
      <p>A câmara municipal disse que os autocarros voltam ao percurso habitual a partir da próxima semana.</p>
      </article></body></html>`;
    const a = article(html, 'ponte.htm');
    assert.deepEqual([a.title, a.outlet, a.date, a.language], ['Ponte reabre depois de obras', 'Jornal do Vale', '2023-01-03', 'pt']);
    assert.deepEqual(
      [a.provenance.outlet, a.provenance.date, a.provenance.language],
      ['<meta property=og:site_name>', '<meta date>', '<html lang>'],
    );
    assert.equal(texts(a).length, 2);
  });

  it("names the outlet by the canonical URL's domain when nothing else names it", () => {
    const html = `<html><head><link rel="canonical" href="https://www.valleypost.example/a/1"></head><body>
      <h1>Flood barrier tested</h1><p>Engineers raised the new flood barrier for the first time on Sunday, watched by a crowd on both banks.</p>
      <p>The barrier took four minutes to close, a minute faster than its design required.</p></body></html>`;
    const a = article(html, 'barrier.html');
    assert.deepEqual([a.outlet, a.provenance.outlet], ['Valleypost', "domain of the article's URL, named by its registered label"]);
  });
});

describe('records (.json, .jsonl)', () => {
  const feed = documentsFromFile({ bytes: readFileSync(new URL('records/wire-feed.jsonl', FIXTURES)), source: 'feeds/wire-feed.jsonl' });
  assert.ok(feed.ok);
  const built = feed.documents.map((d) => d.build());

  it('makes one article per record, with ids from the record id (or its number) that stay stable', () => {
    assert.deepEqual(
      feed.documents.map((d) => d.id),
      ['feeds-wire-feed-wf-1001', 'feeds-wire-feed-wf-1002', 'feeds-wire-feed-4'],
    );
    const again = documentsFromFile({ bytes: readFileSync(new URL('records/wire-feed.jsonl', FIXTURES)), source: 'feeds/wire-feed.jsonl' });
    assert.ok(again.ok);
    assert.deepEqual(
      again.documents.map((d) => d.contentHash),
      feed.documents.map((d) => d.contentHash),
    );
  });

  it('skips a malformed line and a record without text, naming each by record and line', () => {
    assert.deepEqual(
      feed.problems.map((p) => p.where),
      ['record 3 (line 3)', 'record 5 (line 5)'],
    );
    assert.match(feed.problems[0]!.reason, /^malformed JSON: /);
    assert.match(feed.problems[1]!.reason, /^no text: none of the fields "text", "body", "content"/);
  });

  it('reads the documented fields and their aliases, each with its provenance', () => {
    const [first, second, fourth] = built.map((r) => (assert.ok(r.ok), r.article));
    assert.deepEqual(
      [first!.title, first!.outlet, first!.date, first!.url, first!.language],
      ['Grain barges stuck as river level falls', 'Danube Wire', '2022-08-09', 'https://danubewire.example.net/2022/08/grain-barges', 'en'],
    );
    assert.equal(first!.provenance.record, 'record 1 (line 1), id "wf-1001"');
    assert.equal(first!.provenance.outlet, 'record field "outlet"');
    // A written date, and a record that states no language: detected from its French text.
    assert.deepEqual([second!.date, second!.language, second!.provenance.language?.startsWith('detected')], ['2022-09-09', 'fr', true]);
    assert.deepEqual(
      [fourth!.date, fourth!.provenance.date, fourth!.provenance.byline],
      ['2023-04-02', 'record field "published_at"', 'Lena Hofer (record field "author")'],
    );
    assert.deepEqual(texts(first!), [
      'Dozens of grain barges were stranded on the Varna river on Tuesday after a dry spring left the channel too shallow for loaded vessels.',
      'Shipping companies said they had cut loads by a third to keep moving, raising the cost of every tonne carried.',
    ]);
  });

  it('reads a .json export wrapped in "articles", with nested publisher names', () => {
    const desk = documentsFromFile({ bytes: readFileSync(new URL('records/city-desk.json', FIXTURES)), source: 'city-desk.json' });
    assert.ok(desk.ok);
    const articles = desk.documents.map((d) => {
      const r = d.build();
      assert.ok(r.ok);
      return r.article;
    });
    assert.deepEqual(
      articles.map((a) => [a.id, a.title, a.outlet, a.date]),
      [
        ['city-desk-17', 'Tram line extension opens two months early', 'Riverside Daily', '2023-06-04'],
        ['city-desk-18', 'Market hall roof to be replaced', 'Unknown', null],
      ],
    );
  });

  it('changes only the hash of the record that changed', () => {
    const lines = [
      '{"id":"a","title":"One","text":"First story text that is long enough to be a paragraph."}',
      '{"id":"b","title":"Two","text":"Second story text that is long enough to be a paragraph."}',
    ];
    const hashes = (l: string[]) => {
      const r = documentsFromFile({ bytes: Buffer.from(l.join('\n')), source: 'f.jsonl' });
      assert.ok(r.ok);
      return r.documents.map((d) => d.contentHash);
    };
    const before = hashes(lines);
    const after = hashes([lines[0]!, lines[1]!.replace('Second', 'Changed')]);
    assert.equal(after[0], before[0]);
    assert.notEqual(after[1], before[1]);
  });

  it('takes a stated title as the headline whatever its shape, so a short opening paragraph stays a paragraph', () => {
    // A one-word title reads like a menu item and a short opening line reads like a headline:
    // were the title judged by shape, the opening paragraph would be lost as the headline.
    const records = [
      {
        id: 'one-word',
        title: 'Brexit',
        language: 'en',
        text: 'Talks resume in Brussels\n\nNegotiators met again on Monday after a week without progress, officials said.',
      },
      {
        id: 'menu-like',
        title: 'Sport',
        language: 'en',
        text: 'Cup final moved to Saturday\n\nThe final was moved after the stadium failed a safety check, the league said.',
      },
    ];
    const r = documentsFromFile({ bytes: Buffer.from(records.map((x) => JSON.stringify(x)).join('\n')), source: 'short-titles.jsonl' });
    assert.ok(r.ok);
    const built = r.documents.map((d) => d.build());
    for (const [i, b] of built.entries()) {
      assert.ok(b.ok, records[i]!.id);
      assert.equal(b.article.title, records[i]!.title);
      assert.deepEqual(texts(b.article), records[i]!.text.split('\n\n'), records[i]!.id);
    }
  });

  it('removes control characters and carriage returns that arrive as JSON escapes, in .jsonl and .json alike', () => {
    const record = {
      id: 'esc',
      title: 'Bridge \u0001reopens\u0002 after repairs',
      author: 'Jane\u0007 Doe',
      language: 'en',
      text: 'The old bridge reopened on Monday after\u0001 two years of repairs.\r\n\r\nTraffic was light\u007f in the \ufeffmorning, the council said.\b',
    };
    const plain = 'The old bridge reopened on Monday after two years of repairs.';
    for (const [source, bytes] of [
      ['esc.jsonl', JSON.stringify(record)],
      ['esc.json', JSON.stringify([record])],
    ] as const) {
      const r = articleFromFile({ bytes: Buffer.from(bytes), source });
      assert.ok(r.ok, source);
      assert.equal(r.article.title, 'Bridge reopens after repairs', source);
      assert.deepEqual(texts(r.article), [plain, 'Traffic was light in the morning, the council said.'], source);
      assert.match(r.article.provenance.byline ?? '', /^Jane Doe /, source);
    }
    // Re-serialized for its hash, a .json record shows DEL and BOM unescaped: they still go.
    const quiet = {
      id: 'q',
      title: 'Quiet\u007f morning',
      language: 'en',
      text: 'Traffic was light in the \ufeffmorning, the council said on Monday.',
    };
    const escaped = JSON.stringify([quiet]).replace('\u007f', '\\u007f').replace('\ufeff', '\\ufeff');
    const r = articleFromFile({ bytes: Buffer.from(escaped), source: 'quiet.json' });
    assert.ok(r.ok);
    assert.equal(r.article.title, 'Quiet morning');
    assert.deepEqual(texts(r.article), ['Traffic was light in the morning, the council said on Monday.']);
  });

  it('skips a .json file that is not JSON, naming why', () => {
    const r = documentsFromFile({ bytes: Buffer.from('{"title": "x", '), source: 'bad.json' });
    assert.ok(!r.ok);
    assert.equal(r.skip.kind, 'malformed');
    assert.match(r.skip.reason, /^malformed JSON: /);
  });
});
