/**
 * The short picture credit closing a caption ("… rocznik 1981 fot. Jan Nowak"): its pattern is
 * case-sensitive, so the cheap search before it looks for the lower-case cue only (issue 18, CPU).
 * These lines pin the answers the rule gave before that search was narrowed. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phraseReason } from '../../indexer/clean/phrases.ts';

describe('a caption closed by a short credit', () => {
  it('reads the lower-case cue, abbreviated or whole, before a name', () => {
    assert.equal(phraseReason('Nowy most na rzece w czasie budowy, rocznik 1981 fot. Jan Nowak'), 'caption');
    assert.equal(phraseReason('Der neue Steg über den Fluss im Bau foto Anna Berg Schmidt'), 'caption');
  });

  it('leaves the capitalised cue and the cue without a name, as the case-sensitive pattern does', () => {
    assert.equal(phraseReason('Nowy most na rzece w czasie budowy, rocznik 1981 Fot. Jan Nowak'), null);
    assert.equal(phraseReason('Nowy most na rzece w czasie budowy, rocznik 1981 FOTO Jan Nowak'), null);
    assert.equal(phraseReason('Der neue Steg wurde im Bau fotografiert von allen Seiten'), null);
  });
});

describe('a caption signed the Lithuanian way, the name before the cue', () => {
  it('reads a name and "nuotr." closing the line after the caption\'s sentence or a slash', () => {
    assert.equal(phraseReason('Naujasis tiltas per upę statybų metu. Jonės Pavardienės nuotr.'), 'caption');
    assert.equal(phraseReason('Tiltas atidarytas eismui / Uosto direkcijos nuotr.'), 'caption');
  });

  it('leaves the abbreviation inside a sentence, and a line with no sentence before the name', () => {
    assert.equal(phraseReason('Taryba aptarė, kiek kainuos nuotr. spausdinimas mokykloms.'), null);
    assert.equal(phraseReason('Naujasis tiltas per upę statybų metu Jonės Pavardienės nuotr.'), null);
  });
});
