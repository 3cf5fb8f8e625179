/**
 * Reads a log file that another process is still writing, a new piece at each call, so a line is
 * found wherever it lands: the server's "serving" line can follow megabytes of V8 traces
 * (`STRESS_NODE_FLAGS="--trace-gc-nvp"`), past any fixed head of the file.
 */
import { open } from 'node:fs/promises';

/** Bytes read at most per call: a call stays cheap however fast the file grows. */
const PIECE = 1024 * 1024;

export class GrowingLog {
  private offset = 0;
  /** The last, possibly unfinished, line of what was read so far. */
  private partial = '';

  constructor(private readonly file: string) {}

  /** The first match of `pattern` in the lines written since the last call (or null), and the whole lines read. */
  async find(pattern: RegExp): Promise<{ match: RegExpExecArray | null; lines: string }> {
    const handle = await open(this.file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(PIECE), 0, PIECE, this.offset);
      this.offset += bytesRead;
      const text = this.partial + buffer.toString('utf8', 0, bytesRead);
      const end = text.lastIndexOf('\n') + 1;
      this.partial = text.slice(end);
      const lines = text.slice(0, end);
      return { match: pattern.exec(lines), lines };
    } finally {
      await handle.close();
    }
  }
}
