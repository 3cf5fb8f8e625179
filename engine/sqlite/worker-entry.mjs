// Worker threads of Node 20 do not inherit the parent's module hooks (`--import tsx`), so the
// search worker registers the TypeScript loader itself before loading its real module.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
