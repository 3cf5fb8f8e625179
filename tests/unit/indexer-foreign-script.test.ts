/**
 * A short line in the Latin script on a page written in another (issue 18, 18junk12): a template's label
 * ("Back to top button", "SMS Alert", "By") goes; the story's own Latin words inside its lines, a Latin line
 * with a figure or a sentence end, and every line of a page in the Latin script stay. Invented text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { JunkReason } from '../../engine/contract/types.ts';
import { cleanText } from '../../indexer/clean/index.ts';
import { markForeignScriptLines } from '../../indexer/clean/foreign-script.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';

function lines(...rows: Array<string | [string, JunkReason]>): ContentLine[] {
  return rows.map((row, i) => {
    const [text, reason] = typeof row === 'string' ? [row, null] : row;
    return { line: 2 * i + 1, text, reason, heading: false, words: countLineWords(text) };
  });
}

const HEADLINE = 'Новый мост через реку откроют весной';
const P1 = 'Строители закончили основные работы на мосту через реку, сообщили в городской администрации в понедельник.';
const P2 = 'По словам инженеров, движение по мосту откроют в апреле, когда завершится проверка всех конструкций.';
const P3 = 'Жители района ждали открытия моста почти три года и надеются, что пробки на старой дороге исчезнут.';

const reasonOf = (label: string) => {
  const ls = lines([HEADLINE, 'headline'], P1, P2, label, P3);
  markForeignScriptLines(ls, { line: 1 });
  return ls[3]!.reason;
};

describe('a Latin line on a page in another script', () => {
  it('drops a short Latin label with no figure and no sentence end', () => {
    for (const label of ['Back to top button', 'SMS Alert', 'By', 'On:', '- Home', 'Watch Live News'])
      assert.equal(reasonOf(label), 'navigation', label);
  });

  it('keeps a line with the page’s own letters, a figure, a sentence end, or more than eight words', () => {
    for (const label of [
      'Видео: Bridge Opening',
      'iPhone 15',
      'We will open it in April.',
      'a long line of Latin words that runs on for more than eight words',
    ])
      assert.equal(reasonOf(label), null, label);
  });

  it('keeps a run of three Latin lines or more: a list of the story’s', () => {
    const ls = lines([HEADLINE, 'headline'], P1, 'Yellow Submarine', 'Let It Be', 'Hey Jude', P2, P3);
    markForeignScriptLines(ls, { line: 1 });
    assert.deepEqual(
      ls.slice(2, 5).map((l) => l.reason),
      [null, null, null],
    );
    const two = lines([HEADLINE, 'headline'], P1, 'By', 'On:', P2, P3);
    markForeignScriptLines(two, { line: 1 });
    assert.deepEqual(
      two.slice(2, 4).map((l) => l.reason),
      ['navigation', 'navigation'],
    );
  });

  it('keeps the headline in Latin letters, and leaves a page in the Latin script alone', () => {
    const titled = lines(['Bridge Opening', 'headline'], P1, P2, P3);
    titled[0]!.reason = null;
    markForeignScriptLines(titled, { line: 1 });
    assert.equal(titled[0]!.reason, null);
    const latin = lines(
      ['A new bridge opens in spring', 'headline'],
      'Builders have finished the main works on the bridge over the river, the council said on Monday.',
      'Traffic will cross it in April, once the checks of every part of it are done, engineers said.',
      'Москва',
      'Back to top',
    );
    markForeignScriptLines(latin, { line: 1 });
    assert.deepEqual(
      latin.map((l) => l.reason),
      ['headline', null, null, null, null],
    );
  });

  it('takes the label through the whole cleaner', () => {
    const result = cleanText([HEADLINE, '', P1, '', P2, '', P3, '', 'Back to top button'].join('\n'));
    assert.deepEqual(
      result.dropped.filter((d) => d.line === 9).map((d) => d.reason),
      ['navigation'],
    );
    assert.ok(result.kept.some((k) => k.line === 7));
  });
});
