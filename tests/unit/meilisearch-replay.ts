/**
 * Captures the HTTP requests the real `meilisearch` client sends and answers them with responses
 * shaped like the ones in Meilisearch's API reference. It stands in for `fetch` (the client's HTTP
 * layer), so everything above it — request building, the client's error classes and timeouts,
 * our mapping — runs for real. It does not search: each test states the response it replays.
 */

export interface CapturedRequest {
  method: string;
  /** Path without the host, e.g. `/multi-search`. */
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body, or undefined. */
  body: any;
  headers: Headers;
}

export type Reply =
  | { status?: number; body?: unknown }
  /** Never answers; rejects when the client aborts (its timeout). */
  | 'hang'
  /** Fails like undici does when nothing listens on the port. */
  | 'refuse';

export type Responder = (request: CapturedRequest) => Reply | Promise<Reply>;

export interface Replay {
  requests: CapturedRequest[];
  /** The engine's start-up checks (GET /version, GET /keys), answered by `ReplayOptions.server`. */
  preflight: CapturedRequest[];
  restore(): void;
}

export interface ReplayOptions {
  /**
   * How the start-up checks are answered, without reaching the responder (so each test need not
   * script them): the version GET /version reports, and the status GET /keys answers (403 for a
   * search-only key). `false` passes them to the responder like any other request.
   */
  server?: { version?: string; keysStatus?: number } | false;
}

/** The Meilisearch version the replays report unless a test says otherwise (docker-compose.yml's). */
export const REPLAY_VERSION = '1.54.3';

export function replay(responder: Responder, options: ReplayOptions = {}): Replay {
  const original = globalThis.fetch;
  const requests: CapturedRequest[] = [];
  const preflight: CapturedRequest[] = [];
  const server = options.server === false ? null : { version: REPLAY_VERSION, keysStatus: 403, ...options.server };
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const captured: CapturedRequest = {
      method: (init?.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      body: typeof init?.body === 'string' && init.body !== '' ? JSON.parse(init.body) : undefined,
      headers: new Headers(init?.headers),
    };
    if (server && captured.method === 'GET' && (captured.path === '/version' || captured.path === '/keys')) {
      preflight.push(captured);
      const [status, body] =
        captured.path === '/version'
          ? [200, { commitSha: 'b46889b5f0f2f8b91438a08a358ba8f05fc09fc1', commitDate: '2026-01-01T00:00:00Z', pkgVersion: server.version }]
          : server.keysStatus === 200
            ? [200, { results: [], offset: 0, limit: 1, total: 0 }]
            : [server.keysStatus, errorBody('invalid_api_key', 'The provided API key is invalid.', 'auth')];
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }
    requests.push(captured);
    const reply = await responder(captured);
    if (reply === 'hang') {
      return new Promise<Response>((_, reject) => {
        const signal = init?.signal;
        if (!signal) return;
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    if (reply === 'refuse') {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error(`connect ECONNREFUSED ${url.host}`), { code: 'ECONNREFUSED' }),
      });
    }
    const status = reply.status ?? 200;
    const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
    // A 204 (DELETE /keys/:uid) carries no body at all.
    return new Response(status === 204 ? null : text, { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return {
    requests,
    preflight,
    restore() {
      globalThis.fetch = original;
    },
  };
}

/** Error body as documented in https://www.meilisearch.com/docs/reference/errors/overview */
export function errorBody(code: string, message: string, type = 'invalid_request') {
  return { message, code, type, link: `https://docs.meilisearch.com/errors#${code}` };
}

export const indexNotFound = (uid: string) => ({ status: 404, body: errorBody('index_not_found', `Index \`${uid}\` not found.`) });

/** Summarized task, as returned (202) by every write route. */
export function enqueued(taskUid: number, indexUid: string | null, type: string) {
  return { status: 202, body: { taskUid, indexUid, status: 'enqueued', type, enqueuedAt: '2024-01-01T00:00:00.000000Z' } };
}

/** Full task object, as returned by GET /tasks/:uid. */
export function task(uid: number, status: 'succeeded' | 'failed' | 'canceled', extra: Record<string, unknown> = {}) {
  return {
    uid,
    batchUid: uid,
    indexUid: null,
    status,
    type: 'documentAdditionOrUpdate',
    canceledBy: null,
    details: {},
    error: null,
    duration: 'PT0.001S',
    enqueuedAt: '2024-01-01T00:00:00.000000Z',
    startedAt: '2024-01-01T00:00:00.000000Z',
    finishedAt: '2024-01-01T00:00:00.001000Z',
    ...extra,
  };
}

/** One result of POST /multi-search in finite-pagination mode (`page`/`hitsPerPage`). */
export function searchResult(
  indexUid: string,
  fields: { hits?: unknown[]; totalHits?: number; hitsPerPage?: number; page?: number; facetDistribution?: unknown; query?: string },
) {
  const hitsPerPage = fields.hitsPerPage ?? 20;
  const totalHits = fields.totalHits ?? fields.hits?.length ?? 0;
  return {
    indexUid,
    hits: fields.hits ?? [],
    query: fields.query ?? '',
    processingTimeMs: 1,
    hitsPerPage,
    page: fields.page ?? 1,
    totalPages: hitsPerPage === 0 ? 0 : Math.ceil(totalHits / hitsPerPage),
    totalHits,
    ...(fields.facetDistribution ? { facetDistribution: fields.facetDistribution, facetStats: {} } : {}),
  };
}

/**
 * The `_matchesPosition` Meilisearch sends for a text whose matched terms are wrapped in \u0001 … \u0002
 * here (readable fixtures): `{ text: [{ start, length }] }`, measured in UTF-8 bytes as its API
 * reference says ("`start` and `length` are measured in bytes and not the number of characters").
 */
export function matchesPosition(marked: string): { text: Array<{ start: number; length: number }> } {
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  const text: Array<{ start: number; length: number }> = [];
  for (const m of marked.matchAll(/\u0001([^\u0002]*)\u0002/g)) {
    const before = marked.slice(0, m.index).replace(/[\u0001\u0002]/g, '');
    text.push({ start: bytes(before), length: bytes(m[1]!) });
  }
  return { text };
}
