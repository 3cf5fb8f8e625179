/**
 * HTTP/1.1 responses read off a raw socket, one after another: each one's status once its whole
 * body (by Content-Length) has arrived. For benchmarks that write requests on their own sockets.
 */
export class ResponseCounter {
  private pending: Buffer = Buffer.alloc(0);
  private readonly waiting: Array<(status: number) => void> = [];
  private readonly ready: number[] = [];

  /** Feed what the socket read. */
  read(chunk: Buffer): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    for (;;) {
      const end = this.pending.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = this.pending.subarray(0, end).toString('latin1');
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`a response without Content-Length: ${head.split('\r\n')[0]}`);
      if (this.pending.length < end + 4 + length) return;
      this.pending = this.pending.subarray(end + 4 + length);
      const status = Number(head.slice(9, 12));
      const take = this.waiting.shift();
      if (take) take(status);
      else this.ready.push(status);
    }
  }

  /** The status of the next whole response. */
  next(): Promise<number> {
    const status = this.ready.shift();
    return status !== undefined ? Promise.resolve(status) : new Promise((resolve) => this.waiting.push(resolve));
  }
}
