/**
 * The newsroom's dateline without brackets (issue 18, task 18out19): "TOWN, Example Post — …" and
 * "TOWN – EXAMPLENEWS (Section) – …" opening the story's first paragraph. A town's region stands in
 * the same slot ("TOWN, Region —"), so only a name shaped like a publication is read, and never a
 * wire; a short line that is not a paragraph is not a dateline. Between bars (task 18out30) the town
 * may be in mixed case, "Town, Country | NAME |", with the same guards. Every page and outlet here
 * is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE, PARAS } from '../helpers/ferry-story.ts';
import { outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

const REST = PARAS.slice(1).join('\n\n');

describe('the dateline without brackets', () => {
  it('reads a publication after the town and a comma', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nPORT ELLEN, Harbour Post — ${PARAS[0]}\n\n${REST}`), 'The Harbour Post');
  });

  it('reads a publication between two dashes, its section in brackets', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nPORT ELLEN – HARBOURNEWS (REGION) – ${PARAS[0]}\n\n${REST}`), 'HARBOURNEWS');
  });

  it("leaves the town's region, a wire and a short line unread", () => {
    assert.equal(outletOf(`${HEADLINE}\n\nPORT ELLEN, Islay Sound — ${PARAS[0]}\n\n${REST}`), 'Unknown');
    assert.notEqual(outletOf(`${HEADLINE}\n\nPORT ELLEN, Reuters — ${PARAS[0]}\n\n${REST}`), 'Reuters');
    assert.equal(outletOf(`${HEADLINE}\n\nPORT ELLEN, Harbour Post — ferries\n\n${BODY}`), 'Unknown');
  });

  it('reads a publication between bars after a town in mixed case, a masthead in capitals too', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nPort Ellen, Islay | THE HARBOUR GAZETTE | ${PARAS[0]}\n\n${REST}`), 'THE HARBOUR GAZETTE');
    assert.equal(outletOf(`${HEADLINE}\n\nPort Ellen, Islay | Harbour Post | ${PARAS[0]}\n\n${REST}`), 'The Harbour Post');
  });

  it('leaves a section, a wire and a short line between bars unread', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nPort Ellen, Islay | POLITICS | ${PARAS[0]}\n\n${REST}`), 'Unknown');
    assert.notEqual(outletOf(`${HEADLINE}\n\nPort Ellen, Islay | REUTERS | ${PARAS[0]}\n\n${REST}`), 'Reuters');
    assert.equal(outletOf(`${HEADLINE}\n\nPort Ellen, Islay | Harbour Post | ferries\n\n${BODY}`), 'Unknown');
  });
});
