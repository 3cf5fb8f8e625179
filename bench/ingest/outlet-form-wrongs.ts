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
import { domainParts } from '../../indexer/infer/domain-parts.ts';
import { labelNames } from './score.ts';
import { PAGES_DIR, scorePages } from './pages.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: PAGES_DIR }, urls: { type: 'boolean', default: false } } });

const FOLDS: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };
const ARTICLE = /^(?:the|el|la|le|les|l'|il|lo|der|die|das|de|het|o|a|os|as|los|las)\s+/;

/** A name folded to its letters: a domain to its registrable label, accents, articles, spaces and punctuation let go. */
function formKey(name: string): string {
  let n = name.trim().toLowerCase();
  if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(n)) n = domainParts(n).label || n;
  n = [...n].map((c) => FOLDS[c] ?? c).join('');
  return n
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(ARTICLE, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

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
