/** The writer thread of a big build (build.ts): owns the new generation file and writes what it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { GenerationBuilder, type WriterCommand, type WriterReply } from './build.ts';

const port = parentPort!;
const reply = (message: WriterReply) => port.postMessage(message);
let builder: GenerationBuilder | null = null;

port.on('message', (command: WriterCommand) => {
  try {
    builder ??= new GenerationBuilder((workerData as { file: string }).file);
    if (command.kind === 'write') {
      builder.write(command.batch);
      reply({ kind: 'written' });
    } else {
      const stats = builder.finish(command.synonymsJson);
      builder = null;
      reply({ kind: 'finished', stats });
      port.close();
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    reply({ kind: 'failed', message: (error as Error).message, ...(typeof code === 'string' ? { code } : {}) });
    builder?.abort();
    builder = null;
    port.close();
  }
});
