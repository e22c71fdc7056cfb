// Runs extractArticle for the main thread: one message in ({seq, article}), one out ({seq, record|error}).
import { parentPort } from "node:worker_threads";
import { extractArticle } from "./pipeline.ts";
import type { Article, ExtractRecord } from "./types.ts";

export type WorkerRequest = { seq: number; article: Article };
export type WorkerReply = { seq: number; record: ExtractRecord } | { seq: number; error: { message: string; stack?: string } };

if (!parentPort) throw new Error("extract-worker: run me as a worker thread (see ingest/parallel.ts)");
const port = parentPort;
port.on("message", ({ seq, article }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { seq, record: extractArticle(article) };
  } catch (err) {
    const e = err as Error;
    reply = { seq, error: { message: e?.message ?? String(err), stack: e?.stack } };
  }
  port.postMessage(reply);
});
