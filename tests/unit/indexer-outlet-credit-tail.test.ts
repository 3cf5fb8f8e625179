/**
 * A picture's credit glued to the end of its caption, naming the newsroom the story's text cites
 * with a phrase of the trade (issue 18, task 18out): the credit is the page's furniture though the
 * line is long, so the two places agree. Every name and line here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { creditTail } from '../../indexer/infer/outlet-credit-tail.ts';
import { BODY, HEADLINE, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

const CAPTION = 'The old ferry waits at the north pier before its last crossing of the winter Source: Port TV';
const CITED =
  'The harbour master, who has worked at the piers for twenty years, said in front of the camera the change was overdue, as she told Port TV.';

describe('a credit closing a caption', () => {
  it('reads the name after a credit label at the end of the line, in several languages', () => {
    assert.equal(creditTail(CAPTION), 'Port TV');
    assert.equal(creditTail('Prom przy północnym molo Źródło: Port TV'), 'Port TV');
    assert.equal(creditTail('Source: the harbour board'), null);
    assert.equal(creditTail('The board met on Monday: nothing changed'), null);
  });

  it('names the outlet the story cites and the credit agrees with', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${CAPTION}\n\n${BODY}\n\n${CITED}\n`), 'Port TV');
    // Someone speaking to the broadcaster's camera, as a Polish story writes it.
    const polish = '- Prom zawsze odpływał o tej porze i wszyscy o tym wiedzieli od lat - powiedziała przed kamerą Port TV kapitan portu.';
    assert.equal(outletOf(`${HEADLINE}\n\n${CAPTION}\n\n${BODY}\n\n${polish}\n`), 'Port TV');
  });

  it('leaves the story’s citation alone without the credit, and the credit alone without the citation', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\n${CITED}\n`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\n${CAPTION}\n\n${BODY}\n`), 'Unknown');
  });
});
