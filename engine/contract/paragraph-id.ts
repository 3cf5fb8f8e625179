/**
 * A paragraph's id, `<article id>-<position>`, the same on both backends: hits carry it, and a copy
 * group is named by its first paragraph's id (`ParagraphDoc.copyGroup`). The SQLite backend also
 * spells it in SQL (`a.id || '-' || p.position`), where a function cannot reach.
 */

export function paragraphId(articleId: string, position: number): string {
  return `${articleId}-${position}`;
}

/** The article and position a paragraph id names, or null when it is not one (an article id may hold `-`). */
export function parseParagraphId(id: string): { articleId: string; position: number } | null {
  const at = /^(.+)-(\d{1,7})$/.exec(id);
  return at === null ? null : { articleId: at[1]!, position: Number(at[2]) };
}
