// extractAll: order, pass-through of read failures, and worker threads that load the TypeScript pipeline.
import { describe, expect, it } from "vitest";
import { InputError } from "../../../ingest/errors.ts";
import { extractAll, type ExtractOutcome } from "../../../ingest/parallel.ts";
import type { ReadResult } from "../../../ingest/read.ts";

function article(i: number): ReadResult {
  const text = `Article ${i}. `.repeat(1 + (i % 7) * 50); // uneven sizes so workers finish out of order
  return { ok: true, file: `a${i}.txt`, article: { id: `a${i}.txt`, hash: `h${i}`, title: null, date: null, source: null, url: null, text } };
}

async function* inputs(n: number): AsyncGenerator<ReadResult> {
  for (let i = 0; i < n; i++) {
    if (i === 3) yield { ok: false, file: "bad.txt", error: new InputError("BINARY", "bad.txt: looks binary") };
    yield article(i);
  }
}

async function collect(gen: AsyncIterable<ExtractOutcome>) {
  const out: string[] = [];
  for await (const o of gen) out.push(o.ok ? o.record.article : `!${o.error.code}`);
  return out;
}

describe("extractAll", () => {
  const expected = ["a0.txt", "a1.txt", "a2.txt", "!BINARY", ...Array.from({ length: 37 }, (_, i) => `a${i + 3}.txt`)];

  it("on the calling thread keeps input order and passes read failures through in place", async () => {
    expect(await collect(extractAll(inputs(40), { workers: 1 }))).toEqual(expected);
  });

  it("on two worker threads gives the same records in the same order", async () => {
    expect(await collect(extractAll(inputs(40), { workers: 2, maxInFlight: 5 }))).toEqual(expected);
  });
});
