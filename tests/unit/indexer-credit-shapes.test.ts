/**
 * Credits by role ("Editor: Jane Doe") and names printed twice under an avatar
 * (indexer/clean/credit-shapes.ts). Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDoubledName, isPublishedBy, isRoleCredit } from '../../indexer/clean/credit-shapes.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import { HEADLINE, P1, P2, P3, P4, keptText, page } from '../helpers/bridge-story.ts';

const role = (line: string) => isRoleCredit(line, countLineWords(line));
const doubled = (line: string) => isDoubledName(line, countLineWords(line));
const published = (line: string) => isPublishedBy(line, countLineWords(line));

test('a role with its names, or a name twice with its stamp, is a credit wherever it sits', () => {
  for (const line of [
    'Editor: Jane Doe',
    'Commentary: Ann Lee, Bo Kim and Cy Rowe',
    'Text und Fotos: Anna Müller',
    'Redacción: Ana Ruiz y Luis Gil',
    'Jane Doe Jane Doe 8 June 2017 9:40pm',
    'Ann van Berg Ann van Berg',
    'Bu içerik Ayşe Kaya tarafından yayına alınmıştır',
    'Dieser Beitrag wurde von Anna Müller erstellt',
  ]) {
    assert.ok(role(line) || doubled(line) || published(line), line);
    assert.ok(!keptText(page(HEADLINE, P1, P2, line, P3, P4)).includes(line), line);
  }
});

test('a colon before a sentence, or a name said twice in a sentence, stays', () => {
  for (const line of [
    'Text: the council said it would decide next week.',
    'Editor: a job nobody wanted',
    'Photos: Why the bridge matters',
    'Video shows the crash on the ring road',
  ]) {
    assert.equal(role(line), false, line);
  }
  for (const line of ['Jane Doe Jane Doe said the vote would wait.', 'Bora Bora', 'Walla Walla Washington Walla Walla']) {
    assert.equal(doubled(line), false, line);
  }
});

test('a story about publishing stays', () => {
  const line = 'This article was written by a reporter who spent three months on the ward and spoke to forty nurses.';
  assert.equal(published(line), false);
});
