// Builds the analyst fixture graph (tests/fixtures/queries/analyst-graph.jsonl) into a fresh Kuzu file
// through the store's own load(), then reopens it read-only as `kg query` does.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ExtractRecord } from "../../ingest/types.ts";
import { openStore } from "../../graph/store/open.ts";
import type { Store } from "../../graph/store/types.ts";

export const FIXTURE = path.join(import.meta.dirname, "../fixtures/queries/analyst-graph.jsonl");

export function readFixture(file = FIXTURE): ExtractRecord[] {
  return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as ExtractRecord);
}

/** A temporary Kuzu file holding `records`; returns its path and a cleanup. */
export async function buildKuzuGraph(records: ExtractRecord[]): Promise<{ db: string; dir: string; cleanup: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-queries-"));
  const db = path.join(dir, "graph.kuzu");
  const store = await openStore({ db, env: {} });
  try {
    await store.load(records);
  } finally {
    await store.close();
  }
  return { db, dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export async function openReadOnly(db: string): Promise<Store> {
  return openStore({ db, readOnly: true, env: {} });
}
