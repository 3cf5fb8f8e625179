/**
 * A collapsed hit's "also in 3 other articles (2 outlets: AFP, Reuters)" (issue 24), the same on
 * both engines: from the group's other matching paragraphs, counted as paragraphs, as distinct
 * articles other than the hit's own (two copies in one article are one article, and a repeat
 * inside the hit's article is no other article), and as distinct outlets, most frequent first.
 */
import type { HitCopies } from './types.ts';

export interface CopyRef<A> {
  article: A;
  outlet: string;
}

export function hitCopies<A>(others: ReadonlyArray<CopyRef<A>>, ownArticle: A): HitCopies {
  const articles = new Set<A>();
  const byOutlet = new Map<string, number>();
  for (const { article, outlet } of others) {
    if (article !== ownArticle) articles.add(article);
    byOutlet.set(outlet, (byOutlet.get(outlet) ?? 0) + 1);
  }
  const outlets = [...byOutlet].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([o]) => o);
  return { count: others.length, articles: articles.size, outlets };
}
