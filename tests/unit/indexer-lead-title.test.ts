import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { titleFromLead } from '../../indexer/infer/lead-title.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';

// Invented text: a page stored from its body on, with no headline.
const LEAD =
  'The harbour board is looking for another operator for the night ferry. The current one said it would stop the service by the end of the year, after three winters of losses.';
const PARAGRAPH =
  'Until a new operator is found, passengers from the outer islands will keep using the current boats and the old timetable, the board said on Monday.';
const body = (text: string) => ({ line: 1, text, kind: 'body' as const });

describe('a title for a page without a headline', () => {
  before(() => loadLanguageDetector());

  it('is the first sentence of the text, which stays a paragraph', () => {
    const r = articleFromFile({ bytes: Buffer.from(` date 2024-11-02 ${LEAD}\n\n${PARAGRAPH}\n`), source: 'ferry/page-0042.txt' });
    assert.ok(r.ok);
    assert.equal(r.article.title, 'The harbour board is looking for another operator for the night ferry.');
    assert.match(r.article.provenance.title ?? '', /first sentence of line 1/);
    assert.ok(r.article.paragraphs.some((p) => p.text.includes('looking for another operator')));
  });

  it('ends a Chinese sentence at a Latin "!" between two characters, and counts its characters as words', () => {
    // Invented text: "Harbour ferry stops again, passengers complain!" then the lead.
    const t = titleFromLead([body('港口渡轮 再次停航乘客不满!今天上午渡轮因坡道出现裂缝而停航,乘客在码头等候了三个小时。')]);
    assert.equal(t?.value, '港口渡轮 再次停航乘客不满!');
  });

  it('reads past an abbreviation that ends no sentence', () => {
    const t = titleFromLead([body('PORTHAVEN, N.S. (Coast Radio) – A ferry ran aground near the pier on Sunday. Nobody was hurt.')]);
    assert.equal(t?.value, 'PORTHAVEN, N.S. (Coast Radio) – A ferry ran aground near the pier on Sunday.');
  });

  it('reads past a sentence wholly in brackets, a note on the story', () => {
    const t = titleFromLead([body(`(Updated with the operator's reply.) ${LEAD}`)]);
    assert.equal(t?.value, 'The harbour board is looking for another operator for the night ferry.');
  });

  it('cuts a long first sentence at a word', () => {
    const long = `${'The ferry '.repeat(15).trim()} sailed.`;
    assert.equal(titleFromLead([body(long)])?.value, `${'The ferry '.repeat(10).trim()} …`);
  });

  it('gives none for a line with no sentence in it (the file name stays the title)', () => {
    assert.equal(titleFromLead([body('ferry harbour quay '.repeat(12).trim())]), null);
  });

  it('gives none for a line too short to name the story', () => {
    assert.equal(titleFromLead([body('Updated.')]), null);
  });
});
