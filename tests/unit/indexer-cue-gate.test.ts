import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gateOf, passes, readLine } from '../../indexer/clean/cue-gate.ts';
import { PHRASE_RULES } from '../../indexer/clean/phrases.ts';

/** Whether the gate lets the line through to the pattern (a pattern without a gate always is). */
function gateLets(pattern: RegExp, line: string): boolean {
  const gate = gateOf(pattern);
  if (gate === null) return true;
  readLine(line);
  return passes(gate);
}

describe('cue gate', () => {
  it('reads what every match of an alternation holds', () => {
    const cue = /(?<![\p{L}])(?:unlimited (?:digital )?access|accès illimité|неограниченный доступ)(?![\p{L}])/iu;
    assert.ok(gateOf(cue));
    assert.equal(gateLets(cue, 'The minister said the talks went on late into the night.'), false);
    for (const line of ['Get UNLIMITED digital access today', 'Accès illimité au site', 'Неограниченный доступ'])
      assert.ok(gateLets(cue, line), line);
  });

  it('lets through what case-blind matching folds into ASCII letters (ſ, the Kelvin sign)', () => {
    for (const [cue, line] of [
      [/subscribe/iu, 'ſubscribe now'],
      [/kolačić/iu, '\u212aolačić'],
    ] as const) {
      assert.ok(cue.test(line));
      assert.ok(gateLets(cue, line), line);
    }
  });

  it('a letter beyond ASCII is looked for, µ included (it folds to Greek mu)', () => {
    const cue = /μας/iu;
    assert.ok(gateOf(cue));
    assert.ok(cue.test('µας'));
    assert.ok(gateLets(cue, 'µας'));
    assert.equal(gateLets(cue, 'plain ASCII – “quoted” … text'), false);
  });

  it('gives no gate where an alternative requires nothing it can read', () => {
    for (const cue of [/a|bc/i, /(?:abc)?de/i, /x{0,3}yz/i, /\d+ of \d+/i, /abc|(?:)/i, /abc/g, /abc/y])
      assert.equal(gateOf(cue), null, String(cue));
  });

  it('optional and repeated letters break a run', () => {
    // "e-?mail": the hyphen may be missing; "ab+c": b may repeat, so "abc" need not appear.
    assert.ok(gateLets(/e-?mail alerts/iu, 'emAIL ALERTS'));
    assert.ok(gateLets(/xab+cz/i, 'xabbbcz'));
  });

  it('never turns away a line a gated phrase rule cue matches (every word of every cue, in three casings)', () => {
    const gated = PHRASE_RULES.filter((rule) => rule.cue && gateOf(rule.cue) !== null).map((rule) => rule.cue!);
    assert.ok(gated.length >= 15);
    const samples = new Set<string>();
    for (const cue of gated) {
      for (const piece of cue.source.match(/[\p{L}' -]{3,}/gu) ?? []) {
        for (const form of [piece, piece.toUpperCase(), piece.charAt(0).toUpperCase() + piece.slice(1)]) {
          samples.add(form);
          samples.add(`Zu ${form}: 4,99 € our articles`);
        }
      }
    }
    let matched = 0;
    for (const cue of gated) {
      for (const line of samples) {
        if (!cue.test(line)) continue;
        matched++;
        assert.ok(gateLets(cue, line), `${cue.source.slice(0, 40)}… on "${line}"`);
      }
    }
    assert.ok(matched > 1000, `${matched} matches tried`);
  });
});
