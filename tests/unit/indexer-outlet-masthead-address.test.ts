/**
 * The site's name as its first line writes it, when the address agrees (issue 18, task 18out15):
 * a page given its URL names the site by the address's label ("Kvarnpost" for kvarnpost.net);
 * when the page's first line writes that label with the rest of the name ("Kvarnpost News"), or
 * the title line's site slot does ("… | KVP 4"), the two places agree and the longer spelling is
 * the site's. Every name and address here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mastheadExtension } from '../../indexer/infer/outlet-domain-name.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

function outletAt(url: string, text: string): string {
  const r = articleFromFile({ bytes: Buffer.from(text), source: 'page.txt', manifestEntry: { url } });
  assert.ok(r.ok);
  return r.article.outlet;
}

describe("the first line extends the address's label", () => {
  it('takes the whole name when the label stands at either edge of a short line', () => {
    assert.equal(mastheadExtension('kvarnpost.net', 'Kvarnpost News'), 'Kvarnpost News');
    assert.equal(mastheadExtension('nyheter.kvarnpost.example', 'Nyheter Kvarnpost'), 'Nyheter Kvarnpost');
    assert.equal(mastheadExtension('kvp.example', 'KVP 4'), 'KVP 4');
    // The label inside the line, alone, or among more than four words is no extension.
    assert.equal(mastheadExtension('kvarnpost.net', 'The Kvarnpost Weekly News Digest'), undefined);
    assert.equal(mastheadExtension('kvarnpost.net', 'Kvarnpost'), undefined);
    assert.equal(mastheadExtension('kvarnpost.net', 'Kvarnposten Daily'), undefined);
    assert.equal(mastheadExtension('kv.net', 'KV News'), undefined);
  });

  it("names the outlet by the page's first line, or its title line's site slot", () => {
    assert.equal(outletAt('https://kvarnpost.net/ferry', `Kvarnpost News\n\n${HEADLINE}\n\n${BODY}\n`), 'Kvarnpost News');
    assert.equal(outletAt('https://www.kvp.example/ferry', `${HEADLINE} | KVP 4\n\n${BODY}\n`), 'KVP 4');
    // Without the masthead the address's label names the site, as before.
    assert.equal(outletAt('https://kvarnpost.net/ferry', `${HEADLINE}\n\n${BODY}\n`), 'Kvarnpost');
  });

  it('leaves a first line that is a cue, a date or no name alone', () => {
    assert.equal(outletAt('https://kvarnpost.net/ferry', `From Kvarnpost News\n\n${HEADLINE}\n\n${BODY}\n`), 'Kvarnpost');
    assert.equal(outletAt('https://kvarnpost.net/ferry', `Kvarnpost 2024\n\n${HEADLINE}\n\n${BODY}\n`), 'Kvarnpost');
    assert.equal(outletAt('https://kvarnpost.net/ferry', `Kvarnpost news today\n\n${HEADLINE}\n\n${BODY}\n`), 'Kvarnpost');
  });
});
