/**
 * The eval's outlet comparison (bench/ingest/score.ts, issue 18, task 18url): the outlet list's own
 * names for one outlet count the same ("HLT" and "Harbour Lantern Television"), and names the list
 * keeps apart, or does not know, do not. The outlets are invented, added as a corpus's outlets.tsv.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sameOutlet } from '../../bench/ingest/score.ts';
import { parseOutletList } from '../../indexer/infer/outlet-list.ts';
import { useCorpusOutlets } from '../../indexer/infer/outlet-listed-index.ts';

const MADE_UP = [
  'Harbour Lantern Television\tHLT|Lantern TV\tharbourlantern-tv.example\tGB\ten\tbroadcaster',
  'Quayside Courier\t\tquaysidecourier.example\tGB\ten\tnewspaper',
].join('\n');

describe('sameOutlet', () => {
  before(() => useCorpusOutlets(parseOutletList(MADE_UP).outlets));
  after(() => useCorpusOutlets([]));

  it('counts the list’s alias, name and domain of one outlet as the same outlet', () => {
    assert.ok(sameOutlet('Harbour Lantern Television', 'HLT'));
    assert.ok(sameOutlet('Lantern TV', 'Harbour Lantern Television'));
    assert.ok(sameOutlet('harbourlantern-tv.example', 'HLT'));
  });

  it('keeps two listed outlets, and names the list does not know, apart', () => {
    assert.ok(!sameOutlet('Harbour Lantern Television', 'Quayside Courier'));
    assert.ok(!sameOutlet('HLT', 'Harbour Lantern Radio'));
    assert.ok(sameOutlet('quaysidecourier.example', 'Quayside Courier'));
  });
});

describe('sameOutlet, the name’s form', () => {
  it('takes a domain that glues "The" to the name as that outlet’s', () => {
    assert.ok(sameOutlet('thelanternpost.example', 'The Lantern Post'));
    assert.ok(sameOutlet('Thelanternpost', 'The Lantern Post'));
    assert.ok(sameOutlet('Lantern Post', 'The Lantern Post'));
    assert.ok(!sameOutlet('thelanternpost.example', 'The Lantern Herald'));
  });

  it('reads accents as form', () => {
    assert.ok(sameOutlet('Kuyuhaberleri', 'Kuyu Haberleri'));
    assert.ok(sameOutlet('Turkfener', 'Türk Fener'));
    assert.ok(sameOutlet('El Faro Pais', 'El Faro País'));
    assert.ok(!sameOutlet('El Faro', 'El Faro País'));
  });

  it('reads letters a domain cannot write as the domain writes them, and a domain by its Public Suffix List label', () => {
    assert.ok(sameOutlet('Kirmizifener', 'Kırmızı Fener'));
    assert.ok(sameOutlet('Lanternoya', 'Lantern Øya'));
    // A multi-part suffix and a hosted blog's own name: the label is the name part.
    assert.ok(sameOutlet('Quaypost', 'quaypost.ne.jp'));
    assert.ok(sameOutlet('Quaynotes', 'quaynotes.blogspot.com'));
    assert.ok(!sameOutlet('Blogspot', 'quaynotes.blogspot.com'));
    assert.ok(!sameOutlet('Quaypost', 'quayposts.ne.jp'));
    // Both ways: a host is its registrable label only, so its subdomain is no part of the name.
    assert.ok(!sameOutlet('Sport Quaypost', 'sport.quaypost.com'));
    assert.ok(sameOutlet('Quaypost', 'sport.quaypost.com'));
  });
});
