/**
 * Prompts and signatures printed between an article's paragraphs (indexer/clean/inline-prompts.ts,
 * issue 18): audio-player buttons, reading-time labels without a number, "send to a friend" rows,
 * "<writes> Name," signatures, bylines with their newsroom and URL slugs. Each rule has a body line
 * of nearly the same words that must stay. The text and the names are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { phraseReason } from '../../indexer/clean/phrases.ts';

const HEADLINE = 'Ferry service to resume after the storm';
const P1 = 'The harbour authority said on Monday that the ferry to the islands would run again from Thursday morning.';
const P2 = 'Repairs to the pier took longer than expected because the storm had washed away part of the landing stage.';

const kept = (lines: string[]) => cleanText(lines.join('\n')).kept.map((l) => l.text);

describe('prompts between the paragraphs', () => {
  it('drops an audio player button in several languages, with or without its duration', () => {
    for (const line of [
      'Listen to this article',
      'Vypočuť si článok',
      'Poslechnout si článek',
      'Слушай новината',
      'Artikel anhören',
      'Haberi dinle',
      'Écouter cet article 4:12',
      'Posłuchaj artykułu',
      '기사 듣기',
      'खबर सुनें',
      'Sikiliza habari',
    ])
      assert.equal(phraseReason(line), 'promotion', line);
    assert.deepEqual(kept([HEADLINE, '', 'Vypočuť si článok', '', P1, '', P2]), [P1, P2]);
    // A sentence about listening is text.
    assert.equal(phraseReason('Hear the news from the harbour master'), null);
    assert.equal(phraseReason('Residents listen to the news'), null);
  });

  it('drops a reading-time label whose duration is a word or a clock', () => {
    for (const line of [
      'Czyta się kilka minut',
      'Чете се за: 01:45 мин.',
      'Время чтения: 4 минуты',
      'Lukuaika 3 min',
      '읽는 시간 3분',
      'Reading time: few minutes',
    ])
      assert.equal(phraseReason(line), 'counter', line);
    assert.deepEqual(kept([HEADLINE, '', P1, '', 'Czyta się kilka minut', '', P2]), [P1, P2]);
    // The label with no duration after it is not a reading time.
    assert.equal(phraseReason('Czyta się dobrze'), null);
  });

  it('drops a "send to a friend" row, not a sentence about one', () => {
    assert.equal(phraseReason('Send a link to a friend  Share'), 'promotion');
    assert.equal(phraseReason('Envoyer à un ami'), 'promotion');
    assert.deepEqual(kept([HEADLINE, '', P1, '', 'Send a link to a friend  Share', '', P2]), [P1, P2]);
    assert.equal(phraseReason('Send a link to a friend who needs it.'), null);
  });
  it('drops a player\'s embed box, not a sentence that starts with "embed"', () => {
    const box = 'EMBED CODE Copy the code below to put this audio clip on your own website.';
    assert.equal(phraseReason(box), 'promotion');
    assert.equal(phraseReason('Einbettungscode'), 'promotion');
    assert.deepEqual(kept([HEADLINE, '', P1, '', box, '', P2]), [P1, P2]);
    assert.equal(phraseReason('Embed the reporters with the rescue crews, the editor said'), null);
  });
});

describe('signatures between the paragraphs', () => {
  it('drops a name signed with a verb for "writes", in any case', () => {
    for (const line of ['Piše Marta Kovač,', 'PIŠE Marta Kovač', 'Пише Иван Стоянов', 'Scrie Ion Vasilescu:'])
      assert.equal(phraseReason(line), 'credit', line);
    assert.deepEqual(kept([HEADLINE, '', 'Piše Marta Kovač,', '', P1, '', P2]), [P1, P2]);
    // The verb before a sentence is the sentence's own.
    assert.equal(phraseReason('Piše da je luka zatvorena'), null);
  });

  it('drops a byline that names its newsroom', () => {
    assert.equal(phraseReason('By MARA QUINN from the Harbour Herald'), 'credit');
    assert.equal(phraseReason('By Tom Reed of The Island Post'), 'credit');
    assert.deepEqual(kept([HEADLINE, '', 'By MARA QUINN from the Harbour Herald', '', P1, '', P2]), [P1, P2]);
    assert.equal(phraseReason('By Tuesday most of the boats from the mainland were back'), null);
  });
});

describe('buttons and comment labels in more scripts', () => {
  it('drops an ad, share or print label standing alone, not a sentence that uses the word', () => {
    for (const line of ['광고', '- إعلان -', 'פרסומת', 'विज्ञापन', 'Reklaam', '공유하기', '인쇄', '글자 크기'])
      assert.equal(phraseReason(line), 'promotion', line);
    assert.deepEqual(kept([HEADLINE, '', P1, '', '광고', '', P2]), [P1, P2]);
    assert.equal(phraseReason('광고 시장이 올해 크게 커졌다'), null);
  });

  it('drops a comment label with its count', () => {
    for (const line of ['• 댓글', '댓글 12', '评论 3', 'تعليقات']) assert.equal(phraseReason(line), 'comments', line);
    assert.deepEqual(kept([HEADLINE, '', P1, '', '• 댓글', '', P2]), [P1, P2]);
    assert.equal(phraseReason('댓글이 많이 달렸다'), null);
  });
});

describe('URL slugs left in the text', () => {
  it('drops four or more lower-case words joined by hyphens, not a hyphenated word', () => {
    assert.equal(phraseReason('ferry-service-to-resume-after-storm'), 'navigation');
    assert.deepEqual(kept([HEADLINE, '', 'ferry-service-to-resume-after-storm', '', P1, '', P2]), [P1, P2]);
    assert.equal(phraseReason('well-to-do'), null);
    assert.equal(phraseReason('Saint-Jean-de-Luz'), null);
  });
});
