/**
 * Sentence marks of other scripts (issue 18: a Japanese page skipped whole). A story whose
 * paragraphs end in "。" never "ended a sentence", so the rule that looks for the last real
 * paragraph took the story, with the list of dated links below it, for a list of other headlines.
 * The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { endsSentenceAnyScript } from '../../indexer/clean/script-stops.ts';

const STORY =
  '昨日の夕方、駅前の広場で自転車が盗まれる事件があり、通りかかった人たちが一時騒然となった。' +
  '警察によると、近くにいた男が自転車に乗って逃げようとしたところを、駆けつけた警察官に取り押さえられたという。けが人はいなかった。';
const BELOW = ['取り押さえられた男', '(写真は読者提供)', '関連記事', '2019年3月2日 09:15', '2019年2月27日 18:40', '2019年2月20日 11:05'];

describe('sentence marks of other scripts', () => {
  it('reads ideographic, fullwidth, danda and Arabic marks as sentence ends, closers aside', () => {
    for (const t of [STORY, '本当か？', '止まれ！」', 'पुलिस ने उसे पकड़ लिया।', 'هل وصل الشرطي؟', 'A plain one.'])
      assert.ok(endsSentenceAnyScript(t), t);
    for (const t of ['関連記事', '2019年3月2日 09:15', 'Latest news', '相手は、']) assert.ok(!endsSentenceAnyScript(t), t);
  });

  it('keeps a story in a script without "." above a list of dated links', () => {
    const clean = cleanText([STORY, '', ...BELOW].join('\n'));
    assert.deepEqual(
      clean.kept.map((l) => l.text),
      [STORY],
    );
  });
});
