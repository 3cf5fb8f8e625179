/**
 * `npx tsx bench/ingest/outlet-form-wrongs.ts --dir DIR [--urls]`: of the wrong outlets a set
 * scores, how many differ from the label only in form (task 18out11), as counts only: accents and
 * letters without a decomposition ("Balancou" for "Balançou", "Foljeton" for "Føljeton"), an
 * article, spaces and punctuation ("Larazon" for "La Razón"), a blog host's suffix ("Name" for
 * "name.blogspot.com"). score.ts's `sameOutlet` compares names as the facet shows them (accents
 * kept), so these count as wrong there; a reader would take them for the outlet misspelt. Counts
 * only: safe on a check set or a held-out split (no page, name or line is printed).
 */
import { parseArgs } from 'node:util';
import { foldText } from '../../indexer/infer/outlet-domain-name.ts';
import { outletKey } from '../../indexer/infer/outlet-names.ts';
import { labelNames } from './score.ts';
import { PAGES_DIR, scorePages } from './pages.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: PAGES_DIR }, urls: { type: 'boolean', default: false } } });

/**
 * A name folded to its letters: the indexer's own key for one outlet (a domain its registrable
 * label; case, accents, an article, spaces and punctuation aside), with the letters that do not
 * decompose folded as address labels are ("ø" as "o").
 */
const formKey = (name: string): string => foldText(outletKey(name));

const all = await scorePages(values.dir, { urls: values.urls });
for (const split of ['dev', 'heldout'] as const) {
  const scores = all.filter((s) => s.split === split && s.wrongOutlet);
  if (scores.length === 0) continue;
  const form = scores.filter((s) => {
    const got = s.got.outlet;
    if (!got || !s.truth.outlet) return false;
    const key = formKey(got);
    return key !== '' && labelNames(s.truth.outlet).some((n) => formKey(n) === key);
  }).length;
  console.log(
    `${split}: ${scores.length} wrong outlets, ${form} of them the label's name in another form (accents, article, spacing, blog host)`,
  );
}
