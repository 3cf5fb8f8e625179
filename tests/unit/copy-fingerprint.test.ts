/**
 * Copy fingerprints are stored with every paragraph (`sig`) and compared with fingerprints made
 * later (an incremental run regroups stored and new rows together, copy-groups.ts), so the same
 * text must give the same words in every version: these values were made by the first version of
 * engine/text/copies.ts, and a faster fingerprint must still give them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fingerprint, SIG_WORDS } from '../../engine/text/copies.ts';

const KNOWN: Array<[text: string, words: number[]]> = [
  ['Word', [0x39ea9b4c, 0x7526d788, 0xb16213c4, 0xed9e4f00, 0x29da8b3c, 0x6516c778, 0xa15203b4, 0xfdae3ff0, 0xf982f428, 0x00000001]],
  [
    "Blair's speech, Blair’s SPEECH: blairs speech",
    [0x7b2cdd8e, 0xb76819ca, 0x9d4eff06, 0xd98a3bec, 0x15c67728, 0x5102b364, 0x033eefa0, 0x3ff0a152, 0xa360e13a, 0x00000006],
  ],
  [
    'The minister said on Tuesday that the new rules would apply from next spring, and that councils would be told how to apply them.',
    [0xbe3e9461, 0x5b0fc071, 0xe796f9aa, 0x65164f36, 0xa15203b4, 0xb468d889, 0x955c50a9, 0x127122dc, 0x2bfc2ba8, 0x00000015],
  ],
  [
    'ΣΟΦΟΣ ΟΔΟΣ İSTANBUL Ölçü straße',
    [0x7627d889, 0xb26314c5, 0xee9f5001, 0xcbdb8c3d, 0x9b4cfdae, 0x20d18233, 0xfeaf6011, 0x3aeb9c4d, 0x8c3f9907, 0x00000005],
  ],
  [
    '𐐀𐐨 emoji 😀 text',
    [0x9142f3a4, 0xcd7e2fe0, 0x09ba6b1c, 0x45f6a758, 0xdc8d3e94, 0x18c97a2b, 0x5405b667, 0x5506f2a3, 0xedfb2e41, 0x00000003],
  ],
];

describe('copy fingerprints', () => {
  it('are the stored values for the same text (one word, apostrophes and case, other scripts, astral characters)', () => {
    for (const [text, words] of KNOWN) {
      const sig = new Uint32Array(SIG_WORDS);
      assert.equal(fingerprint(text, sig, 0), true, text);
      assert.deepEqual([...sig], words, text);
    }
  });

  it('are written at the offset asked, and not at all for a text without words', () => {
    const sig = new Uint32Array(SIG_WORDS * 2).fill(7);
    assert.equal(fingerprint('... — !!', sig, SIG_WORDS), false);
    assert.equal(fingerprint('', sig, 0), false);
    assert.ok(sig.every((w) => w === 7));
    assert.equal(fingerprint('Word', sig, SIG_WORDS), true);
    assert.deepEqual([...sig.subarray(SIG_WORDS)], KNOWN[0]![1]);
    assert.ok(sig.subarray(0, SIG_WORDS).every((w) => w === 7));
  });
});
