/**
 * The seed corpus through the whole pipeline: no page junk reaches a paragraph, subheadings stay,
 * and every article keeps all of its body text (counted by hand from the files).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '../../engine/contract/types.ts';
import { parseManifest } from '../../indexer/read/manifest.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';

await loadLanguageDetector();

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
const manifest = parseManifest(readFileSync(`${CORPUS}manifest.yaml`, 'utf8'), 'corpus/manifest.yaml');
const articles = new Map<string, ArticleInput>();
for (const source of readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const result = articleFromFile({ bytes: readFileSync(`${CORPUS}${source}`), source, manifestEntry: manifest.get(source) });
  assert.ok(result.ok, `${source} was skipped`);
  articles.set(source.slice(0, 3), result.article);
}

const JUNK = [
  'Click for full JPost coverage',
  'free website hit counter',
  'Most Popular',
  'Comments are closed',
  'About admin',
  'Copyright AFP',
  'Trudeau visits Sina Weibo',
  'photo credit',
  '[Photo/',
  // and the rest of what FACTS.md lists as not article body
  'US EUROPE AFRICA ASIA',
  'World / Middle East',
  'Hot Topics',
  'Updated: 2012-11-21',
  'appeared first on',
  'Reuters/Shakirat Sadiq',
  'contributed to this report',
  'Netvamo',
];

describe('the seed corpus', () => {
  it('has all five articles', () => assert.equal(articles.size, 5));

  it('lets none of the page junk into any paragraph', () => {
    for (const [seed, article] of articles) {
      for (const p of article.paragraphs) {
        for (const junk of JUNK) assert.ok(!p.text.includes(junk), `${seed} paragraph ${p.position} contains "${junk}": ${p.text}`);
      }
    }
  });

  it('does not index any headline as a paragraph', () => {
    for (const article of articles.values()) {
      assert.ok(
        article.paragraphs.every((p) => p.text !== article.title),
        article.source,
      );
    }
  });

  it('keeps the subheadings of 001 as heading paragraphs, between its body paragraphs', () => {
    const headings = articles
      .get('001')!
      .paragraphs.filter((p) => p.kind === 'heading')
      .map((p) => p.text);
    assert.deepEqual(headings, [
      'Ceasefire or ground operation?',
      'Mashaal: Netanyahu, not Hamas asked for a cease-fire',
      'Peres praises Morsi for cease-fire efforts',
    ]);
  });

  it('keeps every body paragraph (counted by hand) and no more', () => {
    const bodyCounts = Object.fromEntries([...articles].map(([seed, a]) => [seed, a.paragraphs.filter((p) => p.kind === 'body').length]));
    assert.deepEqual(bodyCounts, { '000': 11, '001': 35, '002': 15, '003': 10, '004': 16 });
  });

  it('keeps the standfirst and the last real paragraph of each article', () => {
    const first = (seed: string) => articles.get(seed)!.paragraphs[0]!.text;
    const last = (seed: string) => articles.get(seed)!.paragraphs.at(-1)!.text;
    assert.match(first('000'), /^GAZA\/JERUSALEM - US Secretary of State/);
    assert.match(first('001'), /^US secretary of state to discourage military escalation/);
    assert.match(last('000'), /^"But if not, I'm sure you understand/);
    assert.match(last('001'), /^Russian UN Ambassador Vitaly Churkin/);
    assert.match(last('002'), /^The two leaders also talked about/);
    assert.match(last('003'), /^“Hospitals ran out of coffins/);
    assert.match(last('004'), /^Before he arrived, Blinken had said/);
  });

  it('numbers paragraphs from 0 without gaps', () => {
    for (const article of articles.values()) {
      assert.deepEqual(
        article.paragraphs.map((p) => p.position),
        article.paragraphs.map((_, i) => i),
      );
    }
  });

  it('takes outlet and date from the manifest, which wins over what the text suggests', () => {
    const meta = Object.fromEntries([...articles].map(([seed, a]) => [seed, [a.outlet, a.year, a.carriedBy, a.agency]]));
    assert.deepEqual(meta, {
      '000': ['China Daily', 2012, null, 'Agencies'],
      '001': ['The Jerusalem Post', 2012, null, 'Reuters'],
      '002': ['The New York Times', 2024, 'Netvamo', null],
      '003': ['Reuters', 2024, null, 'Reuters'],
      '004': ['AFP', 2023, null, null],
    });
  });

  it('infers on its own, without the manifest, only what the texts support', () => {
    const inferred = Object.fromEntries(
      [...articles.values()].map((a) => {
        const r = articleFromFile({ bytes: readFileSync(`${CORPUS}${a.source}`), source: a.source });
        assert.ok(r.ok);
        return [a.source.slice(0, 3), [r.article.title === a.title, r.article.outlet, r.article.year, r.article.hints]];
      }),
    );
    assert.deepEqual(inferred, {
      '000': [true, 'Unknown', 2012, []],
      // "Click for full JPost coverage": the outlet list (indexer/infer/lists) knows JPost as The Jerusalem Post.
      '001': [true, 'The Jerusalem Post', null, []],
      // "appeared first on New York Times": a newspaper title is cited with "The".
      '002': [true, 'The New York Times', null, []],
      '003': [true, 'Reuters', null, []],
      // The footer "© Copyright AFP 2024" names the outlet but its year is not the publication year.
      '004': [true, 'AFP', null, ['copyright notice 2024']],
    });
  });
});
