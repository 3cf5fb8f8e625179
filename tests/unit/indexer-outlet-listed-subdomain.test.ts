/**
 * A subdomain of a listed site is the site (issue 18, task 18url32): the outlet list names a site by
 * its domain, and a page's address on one of its editions, desks or mobile copies
 * ("north.example-courier.test") is that outlet, named as the list names it, where the host alone
 * gave the registered label before. Not for a portal whose subdomains the list gives to other
 * outlets: an unlisted subdomain there may be any of them or none. Every outlet, host and line
 * here is made up for the test.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseOutletList } from '../../indexer/infer/outlet-list.ts';
import { listedOutletOf, useCorpusOutlets } from '../../indexer/infer/outlet-listed-index.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';

await loadLanguageDetector();

const MADE_UP = [
  'Quillmarsh Courier\tQC\tquillmarsh-courier.test\tGB\ten\tnewspaper',
  'Brenmoor Wire Service\tBWS\tbrenmoor-wire.test\tGB\ten\tagency',
  // A portal and a channel it hosts on one of its subdomains: two outlets under one domain.
  'Portalia\t\tportalia.test\tPT\tpt\tsite',
  'Harbour Channel\t\tchannel.portalia.test\tPT\tpt\tbroadcaster',
].join('\n');

const PAGE = [
  'Evening ferry to leave an hour earlier from next month',
  'The harbour authority said on Tuesday that the evening ferry would leave an hour earlier from next month, after a review of winter crossings.',
  'Passengers who booked the later sailing will be moved to the new time at no cost, the authority said in a statement.',
  'Local traders said the change would cut evening trade on the quay, where most cafés stay open for the last arrivals.',
].join('\n\n');

function outletAt(url: string): string {
  const r = articleFromFile({ bytes: Buffer.from(PAGE), source: 'page.txt', manifestEntry: { url } });
  assert.ok(r.ok);
  return r.article.outlet;
}

describe('a subdomain of a listed site', () => {
  before(() => useCorpusOutlets(parseOutletList(MADE_UP).outlets));
  after(() => useCorpusOutlets([]));

  it('is the listed site, however deep, a wire’s regional desk included', () => {
    assert.equal(listedOutletOf('north.quillmarsh-courier.test')?.name, 'Quillmarsh Courier');
    assert.equal(listedOutletOf('https://m.sport.quillmarsh-courier.test/a/b')?.name, 'Quillmarsh Courier');
    assert.equal(listedOutletOf('west.brenmoor-wire.test')?.kind, 'agency');
  });

  it('names the page given such an address as the list names the site', () => {
    assert.equal(outletAt('https://north.quillmarsh-courier.test/news/ferry-times'), 'Quillmarsh Courier');
    assert.equal(outletAt('https://west.brenmoor-wire.test/story/ferry-times'), 'Brenmoor Wire Service');
  });

  it('keeps a listed subdomain its own outlet, and below it', () => {
    assert.equal(listedOutletOf('channel.portalia.test')?.name, 'Harbour Channel');
    assert.equal(listedOutletOf('live.channel.portalia.test')?.name, 'Harbour Channel');
  });

  it('refuses a portal’s unlisted subdomain, another registrable domain and a name that is no host', () => {
    // The list puts two outlets under portalia.test: "radio.portalia.test" may be a third.
    assert.equal(listedOutletOf('radio.portalia.test'), undefined);
    assert.equal(outletAt('https://radio.portalia.test/news/ferry-times'), 'Portalia');
    assert.equal(listedOutletOf('portalia.test')?.name, 'Portalia');
    // A listed domain inside another site's host is no parent of it.
    assert.equal(listedOutletOf('quillmarsh-courier.test.mirror-example.test'), undefined);
    assert.equal(listedOutletOf('Quillmarsh North'), undefined);
  });
});
