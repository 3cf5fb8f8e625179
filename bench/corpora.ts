/**
 * Where the benchmarks find the shared corpora: `../shared` beside the project checkout (read in
 * place, never copied into the project), whatever folder the checkout lives in.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder. */
export const PROJECT_ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** The BBC News corpus (MIT): its README, and the articles under `news/`. */
export const BBC_CORPUS = path.resolve(PROJECT_ROOT, '..', 'shared', 'corpora', 'bbc-news');
export const BBC_NEWS = path.join(BBC_CORPUS, 'news');
