/**
 * The wide net of outlet candidates (issue 18, fifth round) and the feature row a learned scorer
 * reads: shapes the cue rules cannot take alone, gathered with score 0 so the hand-set rules never
 * count them. Every page here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { pageLines } from '../../indexer/infer/outlet-candidates.ts';
import { OUTLET_FEATURES, outletCases } from '../../bench/ingest/outlet-features.ts';
import { outletEvidence } from '../../indexer/infer/outlet.ts';
import { wideCandidates } from '../../bench/ingest/outlet-wide.ts';
import { BODY, HEADLINE } from '../helpers/ferry-story.ts';

function wide(page: string): string[] {
  const clean = cleanText(page);
  return wideCandidates(pageLines(clean), clean.headline?.line ?? null).map((c) => `${c.kind}: ${c.value}`);
}

function evidenceOf(page: string) {
  const clean = cleanText(page);
  return { clean, evidence: outletEvidence({ clean, dropped: clean.dropped, copyright: undefined }) };
}

describe('the wide net', () => {
  it('reads a short name line above the headline as the masthead, its later words in lower case too', () => {
    assert.ok(wide(`Harbour vjesnik\n\n${HEADLINE}\n\n${BODY}`).includes('top-line: Harbour vjesnik'));
  });

  it('reads the first part of a line cut into parts, and a name glued to a section', () => {
    const found = wide(`${HEADLINE}\n\nQuayline Post | Harbour | Jane Doe\n\nQuayline HavenUpdated\n\n${BODY}`);
    assert.ok(found.includes('parts-lead: Quayline Post'));
    assert.ok(found.includes('glued: Quayline'));
  });

  it('reads a label after a colon, a name inside a short foot line, and a label repeated at the foot', () => {
    const page = `${HEADLINE}\n\nQuaymark\n\n${BODY}\n\nFoto: Quaymark Daily\n\nRegionalne vijesti QUAYMARK\n\nQuaymark`;
    const found = wide(page);
    assert.ok(found.includes('after-colon: Quaymark Daily'));
    assert.ok(found.includes('short-name: QUAYMARK'));
    assert.ok(found.includes('foot-label: Quaymark'));
  });

  it('takes no date, no sentence and no long line', () => {
    const found = wide(`${HEADLINE}\n\n4 May 2021 10:30\n\nRead the rest.\n\n${BODY}`);
    assert.deepEqual(
      found.filter((f) => /2021|Read the rest|harbour board/.test(f)),
      [],
    );
  });

  it('never changes what the rules assert: a masthead alone stays Unknown', () => {
    const { evidence } = evidenceOf(`Harbour vjesnik\n\n${HEADLINE}\n\n${BODY}`);
    assert.equal(evidence.rule, undefined);
  });
});

describe('the feature row of a candidate outlet', () => {
  const value = (row: Float64Array, name: string) => row[OUTLET_FEATURES.indexOf(name as (typeof OUTLET_FEATURES)[number])];

  it('counts the families and places that name one outlet, and marks the rules’ winner', () => {
    const page = `Quayline Post\n\n${HEADLINE} - Quayline Post\n\n${BODY}\n\nSubscribe to Quayline Post`;
    const { clean, evidence } = evidenceOf(page);
    const cases = outletCases(clean, evidence.lines, evidence.candidates, evidence.ruleKey);
    const post = cases.find((c) => c.name === 'Quayline Post');
    assert.ok(post, cases.map((c) => c.name).join(', '));
    assert.equal(value(post.row, 'family-top'), 1);
    assert.equal(value(post.row, 'family-cue'), 1);
    assert.equal(value(post.row, 'rule-winner'), 1);
    assert.equal(value(post.row, 'publication-noun'), 1);
  });

  it('marks a single word the body writes in lower case as a common word (a section, not a masthead)', () => {
    const page = `Harbour\n\n${HEADLINE}\n\n${BODY}`;
    const { clean, evidence } = evidenceOf(page);
    const harbour = outletCases(clean, evidence.lines, evidence.candidates, evidence.ruleKey).find((c) => c.name === 'Harbour');
    assert.ok(harbour);
    assert.equal(value(harbour.row, 'common-word'), 1);
    assert.equal(value(harbour.row, 'rule-winner'), 0);
  });
});
