/**
 * Reader comments below the story (issue 18), found by their section's frame in any language: an
 * author line (a name and a verb of saying, or a name and a relative time), a row of buttons, the
 * section's labels. Each dropping case has a body layout of nearly the same shape that must stay:
 * a live page's timed entries, a quote introduced by "said:", a page of letters. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isActionLine, isAuthorLine, isClosedNotice, isCommentLabel } from '../../indexer/clean/comment-words.ts';
import { HEADLINE, keptText, P1, P2, P3, P4, page } from '../helpers/bridge-story.ts';

const words = (t: string) => t.split(/\s+/).length;

describe('comment section words in many languages', () => {
  it('reads labels, buttons, author lines and relative times', () => {
    for (const t of ['Noch keine Kommentare', 'Naujausi komentarai', '网友评论', 'Tiada ulasan:', 'Aún no hay comentarios'])
      assert.ok(isCommentLabel(t, words(t)), t);
    const prompt = 'Pour commenter, connectez-vous ou créez un compte, et respectez notre charte.';
    assert.ok(isCommentLabel(prompt, words(prompt)));
    for (const t of ['Reply · Like 3 · Report', 'Antworten | Melden', 'Répondre', '回复 举报', 'Sort by']) assert.ok(isActionLine(t), t);
    for (const t of [
      '1. Sarah Klein says:',
      'Anonymous said...',
      'tomek_88 napisał:',
      'kalle · för 3 timmar sedan',
      'wei 3 小时前',
      'Ana hace 2 días',
    ])
      assert.ok(isAuthorLine(t, words(t)), t);
    assert.ok(isClosedNotice('Comments Off on Harbour bridge to reopen after repairs'));
    assert.ok(!isCommentLabel('The council declined to comment on the plans for the bridge this week.', 14));
    assert.ok(!isAuthorLine('The harbour bridge will reopen on Friday.', 7));
  });
});

describe('comments below the story', () => {
  it('drops comments under author lines with a verb of saying, with no label around them', () => {
    const comments = [
      '1. Sarah Klein says:',
      'We waited half a year for this, and the shops nearly closed for good in the meantime.',
      '2. Anonymous says:',
      'Good news at last, though the ferry was never as bad as people said it was.',
    ];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, P4, ...comments)), [P1, P2, P3, P4]);
  });

  it('drops French comments framed by a relative time and a row of buttons', () => {
    const comments = [
      'Jean-Luc D. · il y a 2 jours',
      'Six mois de travaux pour un pont, ce n’est pas si mal quand on voit les autres chantiers de la ville.',
      'Répondre · Signaler',
      'Sophie M. · il y a 5 heures',
      'Les commerçants méritent une aide, ils ont beaucoup souffert pendant les travaux du port.',
      'Répondre · Signaler',
    ];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, ...comments)), [P1, P2, P3]);
  });

  it('drops the section’s labels and prompts below the story', () => {
    const widget = ['Aún no hay comentarios', 'Inicia sesión para comentar y respeta las normas de la comunidad.'];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, ...widget)), [P1, P2, P3]);
  });

  it('drops a bare count under the section’s label, wherever the label sits', () => {
    // Inside the story (a share bar under its lead), where no comment section is read.
    assert.deepEqual(keptText(page(HEADLINE, P1, 'Kommentare', '14', P2, P3, P4)), [P1, P2, P3, P4]);
  });

  it('drops the section’s label under a story in Chinese, whose paragraphs are one “word” each', () => {
    const story = [
      '港务局周一表示，港口大桥经过六个月的维修后将于周五重新通车，工程师更换了旧钢缆并重铺了路面。',
      '大桥附近的商店表示，施工期间他们失去了不少顾客，并请求市议会提供帮助，议会将在本月晚些时候作出决定。',
    ];
    assert.deepEqual(keptText(page('港口大桥周五重新通车', ...story, '网友评论')), story);
  });

  it('drops a "comments off" notice under a listing’s post', () => {
    const kept = keptText(page(HEADLINE, P1, 'Comments Off on Harbour bridge to reopen after repairs', P2, P3));
    assert.deepEqual(kept, [P1, P2, P3]);
  });

  it('keeps a quote introduced by a speaker and a colon at the story’s end', () => {
    const quote = 'The harbour master said:';
    const words = '“We are proud of the work and we thank everyone in the town for their patience this year.”';
    const kept = keptText(page(HEADLINE, P1, P2, P3, quote, words));
    assert.ok(kept.includes(words));
  });

  it('keeps a page of letters whose writers are named over each letter', () => {
    const letters = [
      'Mary Jones writes:',
      'The bridge repairs took far too long and nobody explained to the residents why the work kept stopping.',
      'Peter Brown writes:',
      'I want to thank the engineers, who worked through the winter in awful weather to finish the job.',
      'Anna Lee writes:',
      'The shops deserve help, and the council should decide on the support scheme before the summer.',
    ];
    const kept = keptText(page(HEADLINE, P1, ...letters));
    for (const l of letters.filter((_, i) => i % 2 === 1)) assert.ok(kept.includes(l), l);
  });

  it('keeps a live page whose entries carry relative times between paragraphs', () => {
    const entries = [
      '2 hours ago',
      'Divers have reached the second pillar and started to check the new cables under the water.',
      '1 hour ago',
      'Police have stopped the traffic at both ends of the bridge while the divers are at work below it.',
    ];
    const kept = keptText(page(HEADLINE, P1, ...entries));
    for (const l of entries.filter((_, i) => i % 2 === 1)) assert.ok(kept.includes(l), l);
  });
});
