// Worker-thread entry: worker threads start without the parent's TypeScript loader, so register tsx
// here first, then load the TypeScript worker. Used by ingest/parallel.ts.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
