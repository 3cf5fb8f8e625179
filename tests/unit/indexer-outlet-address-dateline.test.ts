/**
 * The site's address as the story's dateline, in two more forms (issue 18, task 18out13): a town in
 * mixed case before it ("Tanjung, Harbourdaily.com - …"), and the dateline on a line of its own
 * right above the story's first paragraph ("TANJUNG, harbourdaily.id", "HARBOURDAILY.com-"). The
 * same town and address alone away from the story are a contact line, and name no one. Every page
 * and outlet here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE, PARAS } from '../helpers/ferry-story.ts';
import { outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

describe('the address dateline', () => {
  it('reads it after a town written in mixed case', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nTanjung, Harbourdaily.com - ${BODY}`), 'Harbourdaily.com');
  });

  it('reads it alone on its line right above the first paragraph, with a town or a dash', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nTANJUNG, harbourdaily.id\n\n${BODY}`), 'Harbourdaily');
    assert.equal(outletOf(`${HEADLINE}\n\nHARBOURDAILY.com-\n${BODY}`), 'HARBOURDAILY.com');
  });

  it('leaves a town and an address away from the story unread', () => {
    const contact = 'Tanjung, harbourdaily.id';
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\n${contact}\n\nHarbour board`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\n${PARAS[0]}\n\n${contact}\n\nShare`), 'Unknown');
  });
});
