import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { utf8MayHoldControls } from '../../indexer/read/control-bytes.ts';
import { decodeBytes, normalizeText } from '../../indexer/read/decode.ts';

/** What the bytes' check must agree with: the decoded text, line breaks made \n, holds a removed character. */
const REMOVED = /[\u0000-\u0008\u000b-\u001f\u007f\ufeff]/;
const holdsRemoved = (bytes: Uint8Array) =>
  REMOVED.test(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).replace(/\r\n?/g, '\n'));

/** Invented text with a few multi-byte characters, long enough for whole words and a tail. */
const BASE = Buffer.from('Die Brücke öffnet am Montag — “wieder”, sagt die Stadt.\tZwei\r\nZeilen\n', 'utf8');

describe('utf8MayHoldControls', () => {
  it('agrees with the decoded text for every ASCII byte at every position and alignment', () => {
    // A slice of a larger buffer at offsets 0–3, so the unaligned head, the words and the tail are all read.
    const backing = new Uint8Array(BASE.length + 8);
    for (let offset = 0; offset < 4; offset++) {
      for (let b = 0; b < 0x80; b++) {
        for (let at = 0; at < BASE.length; at++) {
          if (BASE[at]! >= 0x80) continue; // keep the multi-byte characters whole: the bytes stay valid UTF-8
          backing.fill(0x20);
          backing.set(BASE, offset);
          backing[offset + at] = b;
          const bytes = backing.subarray(offset, offset + BASE.length);
          assert.equal(utf8MayHoldControls(bytes), holdsRemoved(bytes), `byte 0x${b.toString(16)} at ${at}, offset ${offset}`);
        }
      }
    }
  });

  it('finds U+FEFF inside the text, and passes text holding only tabs and line breaks', () => {
    assert.equal(utf8MayHoldControls(Buffer.from('Erste Zeile\n\uFEFFzweite Zeile', 'utf8')), true);
    assert.equal(utf8MayHoldControls(BASE), false);
    assert.equal(utf8MayHoldControls(new Uint8Array(0)), false);
  });
});

describe('decodeBytes on UTF-8, read with the bytes check', () => {
  // (NUL is not tried: a file holding one is skipped as binary before it is decoded.)
  it('gives what normalizing the decoded text gives, controls or not', () => {
    for (const b of [0x01, 0x08, 0x09, 0x0b, 0x0c, 0x0d, 0x1b, 0x1f, 0x41, 0x7f]) {
      const bytes = Buffer.concat([BASE, Buffer.from([b]), BASE]);
      const decoded = decodeBytes(bytes);
      assert.ok(decoded.ok);
      assert.equal(decoded.text, normalizeText(bytes.toString('utf8')), `byte 0x${b.toString(16)}`);
    }
    const bom = decodeBytes(Buffer.from('Erste Zeile\n\uFEFFzweite Zeile', 'utf8'));
    assert.ok(bom.ok);
    assert.equal(bom.text, 'Erste Zeile\nzweite Zeile');
  });
});
