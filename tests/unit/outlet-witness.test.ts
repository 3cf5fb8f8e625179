/**
 * Agreement as evidence (task 18out7): the witness count of bench/ingest/witness.ts, on invented
 * candidates. A reader counts once however many lines it reads a name on; two readers of one line
 * are one place; names alone on a line are one role wherever they stand.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OutletCandidate } from '../../indexer/infer/outlet-candidates.ts';
import { sameWitnessName, witnessFamily, witnessPlaces } from '../../bench/ingest/witness.ts';

const at = (kind: string, line: number, value = 'Harbour Courier'): OutletCandidate => ({
  value,
  score: 1,
  kind,
  evidence: `${kind} line ${line}`,
  line,
});

describe('witnesses of one name', () => {
  it('counts a name alone at the top and the copyright notice as two witnesses', () => {
    assert.equal(witnessPlaces([at('masthead', 1), at('copyright', 0)]), 2);
  });

  it('counts a reader once however many lines it reads the name on', () => {
    assert.equal(witnessPlaces([at('parts-lead', 5), at('parts-lead', 8), at('parts-lead', 11)]), 1);
  });

  it('counts two readers of one line as one place', () => {
    assert.equal(witnessPlaces([at('byline', 2), at('short-name', 2)]), 1);
  });

  it('counts names alone at the top and at the foot as one role', () => {
    assert.equal(witnessPlaces([at('masthead', 1), at('foot', 40), at('foot-line', 40)]), 1);
    assert.equal(witnessFamily('listed-alone'), 'alone');
    assert.equal(witnessFamily('listed-self-again'), 'self');
  });

  it('gives each reader a line of its own where it can', () => {
    // The prompt reads lines 12 and 30, the short-name reader line 30 only: two witnesses.
    assert.equal(witnessPlaces([at('prompt', 12), at('prompt', 30), at('short-name', 30)]), 2);
  });
});

describe('spellings of one name', () => {
  it('meets case, accents, "The" and a domain label', () => {
    assert.ok(sameWitnessName('THE HARBOUR COURIER', 'Harbour Courier'));
    assert.ok(sameWitnessName('Hárbour Courier', 'harbourcourier.example'));
  });

  it('meets initials, a domain label written as initials too, not a longer or shorter run of letters', () => {
    assert.ok(sameWitnessName('HC', 'Harbour Courier'));
    assert.ok(sameWitnessName('Harbour Evening Courier', 'HEC'));
    assert.ok(sameWitnessName('hc.example', 'Harbour Courier'));
    assert.ok(!sameWitnessName('HEC', 'Harbour Courier'));
    assert.ok(!sameWitnessName('H', 'Harbour'));
  });
});
