/**
 * The engine's configuration: one zod schema, the type both backends read (the Meilisearch backend
 * takes the fields it needs, `MeilisearchEngineConfig`), and the reading of it from environment
 * variables. `openEngine` (open-engine.ts) validates what it is given against the same schema.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const SynonymRulesSchema = z.object({
  groups: z.array(z.array(z.string())),
  oneWay: z.array(z.object({ from: z.string(), to: z.array(z.string()) })),
});

export const EngineConfigSchema = z.object({
  /** DATA_DIR, default "data": where the embedded index lives. */
  dataDir: z.string().min(1),
  /** MEILI_URL: when set, the Meilisearch backend is used. */
  meiliUrl: z.string().min(1).optional(),
  /** MEILI_API_KEY: admin key, for the indexer. */
  meiliApiKey: z.string().optional(),
  /** MEILI_SEARCH_KEY: search-only key, for the server. */
  meiliSearchKey: z.string().optional(),
  /** MEILI_INDEX, default "paragraphs": the paragraphs index; the articles index is `<name>_articles`. */
  meiliIndex: z.string().optional(),
  role: z.enum(['indexer', 'server']),
  /**
   * Synonym rules for rebuilds that are not given their own. Prefer passing them to
   * `replaceAll(…, { synonyms })` / `setSynonyms`: they are stored with the index either way.
   */
  synonyms: SynonymRulesSchema.optional(),
  /**
   * Check the index thoroughly when opening (start-up). The embedded engine then reports a damaged
   * or missing index file as `IndexCorruptError`; Meilisearch checks itself and ignores this.
   */
  verify: z.boolean().optional(),
  /**
   * SQLITE_READ_WORKERS: search worker threads of the embedded engine. Default for a server: one
   * per core but one, at least 1 and at most 4 (searches off its event loop); 0 for the indexer.
   */
  readWorkers: z.number().int().min(0).max(64).optional(),
});

export type EngineConfig = z.infer<typeof EngineConfigSchema>;

/** What the Meilisearch backend reads of the configuration. */
export type MeilisearchEngineConfig = Pick<
  EngineConfig,
  'meiliUrl' | 'meiliApiKey' | 'meiliSearchKey' | 'meiliIndex' | 'role' | 'synonyms'
> & {
  dataDir?: string;
};

/** An environment value, trimmed; blank counts as unset. */
const setting = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

const EnvSchema = z.object({
  DATA_DIR: setting,
  MEILI_URL: setting,
  MEILI_API_KEY: setting,
  MEILI_API_KEY_FILE: setting,
  MEILI_SEARCH_KEY: setting,
  MEILI_SEARCH_KEY_FILE: setting,
  MEILI_INDEX: setting,
  SQLITE_READ_WORKERS: setting.pipe(z.string().regex(/^\d+$/).transform(Number).pipe(z.number().max(64)).optional()),
});

/** Read the engine configuration from environment variables; blank values count as unset. */
export function engineConfigFromEnv(env: NodeJS.ProcessEnv, role: 'indexer' | 'server'): EngineConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const workers = env.SQLITE_READ_WORKERS?.trim();
    throw new Error(`SQLITE_READ_WORKERS must be a whole number from 0 to 64, not ${workers}`);
  }
  const e = parsed.data;
  const apiKey = secret('MEILI_API_KEY', e.MEILI_API_KEY, e.MEILI_API_KEY_FILE);
  const searchKey = secret('MEILI_SEARCH_KEY', e.MEILI_SEARCH_KEY, e.MEILI_SEARCH_KEY_FILE);
  return EngineConfigSchema.parse({
    dataDir: e.DATA_DIR ?? 'data',
    role,
    ...(e.MEILI_URL === undefined ? {} : { meiliUrl: e.MEILI_URL }),
    ...(apiKey === undefined ? {} : { meiliApiKey: apiKey }),
    ...(searchKey === undefined ? {} : { meiliSearchKey: searchKey }),
    meiliIndex: e.MEILI_INDEX ?? 'paragraphs',
    ...(e.SQLITE_READ_WORKERS === undefined ? {} : { readWorkers: e.SQLITE_READ_WORKERS }),
  });
}

/**
 * A key, or the file named by `<KEY>_FILE` holding it (how docker-compose.yml hands the app the
 * keys its one-shot `meili-keys` service created, without putting them in the environment).
 */
function secret(key: string, direct: string | undefined, file: string | undefined): string | undefined {
  if (direct !== undefined) return direct;
  if (file === undefined) return undefined;
  try {
    return readFileSync(file, 'utf8').trim() || undefined;
  } catch (error) {
    throw new Error(
      `${key}_FILE names ${file}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}
