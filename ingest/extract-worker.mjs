// Worker-thread entry for ingest/parallel.ts: one message in ({seq, article}), one out ({seq, record|error}).
// Loads the bundled pipeline when the parent passes its URL, else registers tsx and loads the sources
// (worker threads start without the parent's TypeScript loader).
import { parentPort, workerData } from "node:worker_threads";

if (!parentPort) throw new Error("extract-worker: run me as a worker thread (see ingest/parallel.ts)");
let extractArticle;
if (workerData?.pipelineUrl) ({ extractArticle } = await import(workerData.pipelineUrl));
else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ extractArticle } = await import("./pipeline.ts"));
}
const port = parentPort;
port.on("message", ({ seq, article }) => {
  let reply;
  try {
    reply = { seq, record: extractArticle(article) };
  } catch (err) {
    reply = { seq, error: { message: err?.message ?? String(err), stack: err?.stack } };
  }
  port.postMessage(reply);
});
