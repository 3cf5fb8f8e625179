import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, MeilisearchTaskTimeOutError } from 'meilisearch';
import { EngineUnavailableError, IndexingError } from '../contract/errors.ts';

/**
 * Turns the client's errors into the engine's. Messages are written here, never copied from a
 * request error: those can carry the request URL, and the server shows these messages.
 */

/** The host part of a URL, without any credentials or path, for messages. */
export function describeHost(url: string): string {
  try {
    const u = new URL(/^[a-z]+:\/\//i.test(url) ? url : `http://${url}`);
    return u.host;
  } catch {
    return 'the configured MEILI_URL';
  }
}

export function apiErrorCode(error: unknown): string | undefined {
  return error instanceof MeilisearchApiError ? error.cause?.code : undefined;
}

/** True when the index (or one of the indexes) a request named does not exist. */
export function isIndexNotFound(error: unknown): boolean {
  return apiErrorCode(error) === 'index_not_found';
}

/**
 * A failure worth one quick retry of a read: the connection was refused or reset (Meilisearch
 * restarting, a proxy recycling connections) or a gateway said the backend is briefly unavailable.
 * Timeouts are not retried: the time budget for a read is already spent.
 */
export function isTransient(error: unknown): boolean {
  if (isTimeout(error)) return false;
  if (error instanceof MeilisearchRequestError) return true;
  return error instanceof MeilisearchApiError && [502, 503, 504].includes(error.response.status);
}

function isTimeout(error: unknown): boolean {
  return error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchRequestTimeOutError;
}

/**
 * Errors that mean "Meilisearch cannot answer right now" become `EngineUnavailableError` (a 503);
 * anything else is returned unchanged.
 */
export function toEngineError(error: unknown, host: string): unknown {
  if (error instanceof EngineUnavailableError || error instanceof IndexingError) return error;
  if (isTimeout(error)) {
    return new EngineUnavailableError(`Meilisearch at ${host} did not answer in time`, { cause: error });
  }
  if (error instanceof MeilisearchRequestError) {
    return new EngineUnavailableError(`Meilisearch at ${host} is unreachable`, { cause: error });
  }
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    if (isIndexNotFound(error)) {
      return new EngineUnavailableError('The Meilisearch index does not exist yet: run the indexer', { cause: error });
    }
    if (status === 401 || status === 403) {
      return new EngineUnavailableError(`Meilisearch at ${host} refused the API key (${error.cause?.code ?? status})`, {
        cause: error,
      });
    }
    if (status >= 500) {
      return new EngineUnavailableError(`Meilisearch at ${host} failed (HTTP ${status})`, { cause: error });
    }
  }
  return error;
}

/** For writes: the server's own explanation of a rejected request becomes an `IndexingError`. */
export function toIndexingError(error: unknown, host: string, what: string): unknown {
  const mapped = toEngineError(error, host);
  if (mapped !== error) return mapped;
  if (error instanceof MeilisearchApiError) {
    const detail = error.cause?.message ?? `HTTP ${error.response.status}`;
    return new IndexingError(`${what}: ${detail}`, { cause: error });
  }
  if (error instanceof MeilisearchTaskTimeOutError) {
    return new IndexingError(`${what}: task ${error.cause.taskUid} did not finish within ${Math.round(error.cause.timeout / 1000)} s`, {
      cause: error,
    });
  }
  return error;
}
