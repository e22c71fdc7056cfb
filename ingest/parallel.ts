// Extraction across worker threads, streaming: articles go out as they are read, records come back in
// input order, and at most a bounded number (and size) of articles is in flight, so memory stays flat
// whatever the corpus size. extractArticle is pure and per article, which is what makes this safe.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { KgError } from "./errors.ts";
import type { ReadResult } from "./read.ts";
import type { Article, ExtractRecord } from "./types.ts";
import { compiledPipelineUrl } from "./compiled-pipeline.ts";

/** Messages to and from ingest/extract-worker.mjs. */
export type WorkerRequest = { seq: number; article: Article };
export type WorkerReply = { seq: number; record: ExtractRecord } | { seq: number; error: { message: string; stack?: string } };

export type ExtractOutcome =
  | { ok: true; file: string; record: ExtractRecord }
  | { ok: false; file: string; error: KgError };

export interface ParallelOptions {
  /** Worker threads; 1 extracts on the calling thread (no start-up cost). Default: defaultWorkers(). */
  workers?: number;
  /** Most articles read but not yet handed back; default 8 per worker. */
  maxInFlight?: number;
  /** Most characters of article text in flight; default 64 M. */
  maxInFlightChars?: number;
}

/** Below this much input, starting workers (tsx compiles the pipeline in each) costs more than it saves. */
export const SMALL_INPUT_BYTES = 2 * 1024 * 1024;

/** All cores, or 1 for small inputs. */
export function defaultWorkers(totalBytes: number): number {
  return totalBytes < SMALL_INPUT_BYTES ? 1 : availableParallelism();
}

/** Extracts every readable article; read failures pass through in place, so order matches the input. */
export async function* extractAll(
  inputs: AsyncIterable<ReadResult>, opts: ParallelOptions = {},
): AsyncGenerator<ExtractOutcome> {
  const workers = Math.max(1, Math.floor(opts.workers ?? availableParallelism()));
  const pipelineUrl = await compiledPipelineUrl();
  const pool = workers > 1 ? new WorkerPool(workers, pipelineUrl) : null;
  // Loaded only when extracting on this thread: with workers, the main thread never needs the NLP model.
  const extractArticle: ((a: Article) => ExtractRecord) | null = pool ? null
    : ((await import(pipelineUrl ?? "./pipeline.ts")) as typeof import("./pipeline.ts")).extractArticle;
  const run = pool
    ? (a: Article) => pool.extract(a)
    : async (a: Article) => {
        try {
          return { record: extractArticle!(a) };
        } catch (err) {
          const e = err as Error;
          return { error: { message: e?.message ?? String(err), stack: e?.stack } };
        }
      };
  const maxInFlight = Math.max(1, opts.maxInFlight ?? workers * 8);
  const maxChars = opts.maxInFlightChars ?? 64 * 1024 * 1024;
  const queue: { chars: number; outcome: Promise<ExtractOutcome> }[] = [];
  let chars = 0;
  const next = async () => {
    const head = queue.shift()!;
    chars -= head.chars;
    return head.outcome;
  };
  try {
    for await (const input of inputs) {
      if (!input.ok) {
        queue.push({ chars: 0, outcome: Promise.resolve(input) });
      } else {
        const { file, article } = input;
        const outcome = run(article).then((r): ExtractOutcome =>
          "record" in r ? { ok: true, file, record: r.record } : { ok: false, file, error: extractError(file, r.error) });
        queue.push({ chars: article.text.length, outcome });
        chars += article.text.length;
      }
      // Yield in input order; wait on the oldest when the window is full.
      while (queue.length >= maxInFlight || (chars > maxChars && queue.length > 0)) yield await next();
    }
    while (queue.length > 0) yield await next();
  } finally {
    await pool?.close();
  }
}

function extractError(file: string, e: { message: string; stack?: string }): KgError {
  const err = new KgError("EXTRACT_FAILED", `${file}: extraction failed (${e.message.split("\n")[0]})`,
    "this is a bug in kg: report it with the file; KG_DEBUG=1 shows the stack");
  if (e.stack) err.stack = e.stack;
  return err;
}

type Reply = { record: ExtractRecord } | { error: { message: string; stack?: string } };

/** A fixed set of worker threads; each article goes to the least busy live worker. */
class WorkerPool {
  private slots: { worker: Worker; pending: Map<number, (r: Reply) => void>; dead: boolean }[] = [];
  private seq = 0;

  constructor(size: number, pipelineUrl: string | null) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL("./extract-worker.mjs", import.meta.url), { workerData: { pipelineUrl } });
      const slot = { worker, pending: new Map<number, (r: Reply) => void>(), dead: false };
      worker.on("message", (msg: WorkerReply) => {
        const done = slot.pending.get(msg.seq);
        slot.pending.delete(msg.seq);
        done?.("record" in msg ? { record: msg.record } : { error: msg.error });
      });
      const fail = (message: string, stack?: string) => {
        slot.dead = true;
        for (const done of slot.pending.values()) done({ error: { message, stack } });
        slot.pending.clear();
      };
      worker.on("error", (err) => fail(`worker failed: ${err.message}`, err.stack));
      worker.on("exit", (code) => {
        if (slot.pending.size > 0 || !slot.dead) fail(`worker exited (code ${code})`);
      });
      this.slots.push(slot);
    }
  }

  extract(article: Article): Promise<Reply> {
    const live = this.slots.filter((s) => !s.dead);
    if (live.length === 0) return Promise.resolve({ error: { message: "no extraction worker is running" } });
    const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const seq = this.seq++;
    return new Promise<Reply>((resolve) => {
      slot.pending.set(seq, resolve);
      slot.worker.postMessage({ seq, article } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    for (const s of this.slots) s.dead = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
