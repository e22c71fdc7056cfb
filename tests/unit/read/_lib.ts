// Shared helpers for the reading tests: the fixtures folder and a collector for readInputs.
import { fileURLToPath } from "node:url";
import { readInputs, type ReadOptions, type ReadResult } from "../../../ingest/read.ts";

export const FIXTURES = fileURLToPath(new URL("../../fixtures/inputs/", import.meta.url));
export const fixture = (name: string) => FIXTURES + name;

export async function readAll(paths: string[], opts?: ReadOptions): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths, opts)) out.push(r);
  return out;
}

/** The one article a path must give. */
export async function readOne(name: string, opts?: ReadOptions) {
  const results = await readAll([fixture(name)], opts);
  if (results.length !== 1) throw new Error(`expected one result for ${name}, got ${results.length}`);
  const [r] = results;
  if (!r!.ok) throw new Error(`expected an article from ${name}, got ${r!.error.code}: ${r!.error.message}`);
  return r!.article;
}

/** The error code of the one failure a path must give. */
export async function readErrorCode(name: string, opts?: ReadOptions) {
  const results = await readAll([fixture(name)], opts);
  const failures = results.filter((r) => !r.ok);
  if (failures.length !== 1) throw new Error(`expected one failure for ${name}, got ${failures.length}`);
  const f = failures[0] as Extract<ReadResult, { ok: false }>;
  return f;
}
