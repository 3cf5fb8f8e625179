/**
 * A date stamp glued to the story's first sentence (issue 18: body lines lost as 'dateline' or
 * 'headline' on pages whose store put " date 2024-03 " before the standfirst). The line is kept
 * when what follows the stamp is a sentence, or a long run of unspaced text; a bare stamp and a
 * stamp beside a name or section are still dropped. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const P1 = 'Officers said the chase began shortly after one in the morning and ended when the car left the road near the old mill.';
const P2 = 'Nobody was hurt, a police spokeswoman said, and the driver, a man of twenty-eight, was arrested at the scene.';
const P3 = 'The damaged cars will be repaired at the regional workshop and should be back in service next week, she added.';

const keptTexts = (...blocks: string[]) => cleanText(blocks.join('\n\n')).kept.map((l) => l.text);

describe('a date stamp glued to the first sentence', () => {
  it('keeps the line when a sentence follows the stamp', () => {
    const lead = 'date 2024-03-06 Police remind drivers not to film the scene of a crash while driving past it.';
    assert.ok(keptTexts(lead, P1, P2, P3).includes(lead));
    const monthOnly = 'date 2024-03 Two patrol cars were damaged overnight. The driver fled!';
    assert.ok(keptTexts(monthOnly, P1, P2, P3).includes(monthOnly));
  });

  it('keeps a long run of text written without spaces after the stamp', () => {
    const lead = `date 2024-03-06 ${'昨日の夕方駅前の広場で自転車が盗まれる事件があり通りかかった人たちが一時騒然となった'.repeat(3)}`;
    assert.ok(keptTexts(lead, P1, P2, P3).includes(lead));
  });

  it('still drops a bare stamp and a stamp beside a section', () => {
    const kept = keptTexts('Published: 6 March 2024 09:15', P1, 'Updated 6 March 2024 09:15 | Local news', P2, P3);
    assert.deepEqual(kept, [P1, P2, P3]);
  });
});
