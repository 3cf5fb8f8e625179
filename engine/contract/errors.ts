/**
 * Errors that cross the engine boundary. The server maps them to pages: `EngineUnavailableError`
 * to a 503 (the backend is down, slow or has no index yet), anything else to a 500.
 */

/** The backend cannot answer right now (unreachable, timed out, index missing or being opened). */
export class EngineUnavailableError extends Error {
  override readonly name: string = 'EngineUnavailableError';
}

/** A write to the index failed; the message is the backend's own explanation. */
export class IndexingError extends Error {
  override readonly name = 'IndexingError';
}

/**
 * The index the engine was pointed at is missing, truncated or not an index at all (a deleted or
 * damaged file, not a passing outage). Still an `EngineUnavailableError`, so pages answer 503; the
 * start-up path catches it and rebuilds from the corpus.
 */
export class IndexCorruptError extends EngineUnavailableError {
  override readonly name = 'IndexCorruptError';
}

/**
 * The backend answered, but it must not be used as configured: a server older than the version
 * floor, or a key that can do more than the role should (a server key that can manage keys). Still
 * an `EngineUnavailableError`, so a running server answers 503 rather than 500; the start-up entry
 * stops with the message instead of serving.
 */
export class IncompatibleBackendError extends EngineUnavailableError {
  override readonly name = 'IncompatibleBackendError';
}

/**
 * The caller aborted the search (`SearchOptions.signal`): its client left or its deadline passed.
 * `reason` is the signal's reason, so the caller can tell which.
 */
export class SearchAbortedError extends Error {
  override readonly name = 'SearchAbortedError';
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? `search aborted: ${reason.message}` : 'search aborted');
  }
}
