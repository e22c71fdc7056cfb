// Store-independent load planning: which records are new (articles are keyed by content hash), which
// loaded articles an edited file replaces, and how new records are cut into write transactions.
import type { ExtractRecord } from "../../ingest/types.ts";
import { recordEvidence } from "../merge.ts";

export interface LoadPlan {
  fresh: ExtractRecord[];
  skipped: number;
  /** Hashes of loaded articles whose id (file name) now comes with different content. */
  replaced: string[];
}

/** `loaded`: hash -> article id of every article already in the store. */
export async function planLoad(records: AsyncIterable<ExtractRecord> | Iterable<ExtractRecord>, loaded: Map<string, string>): Promise<LoadPlan> {
  const byId = new Map<string, string>();
  for (const [hash, id] of loaded) byId.set(id, hash);
  const seen = new Set<string>();
  const fresh: ExtractRecord[] = [];
  const replaced = new Set<string>();
  let skipped = 0;
  for await (const r of records) {
    if (loaded.has(r.hash) || seen.has(r.hash)) {
      skipped++;
      continue;
    }
    seen.add(r.hash);
    const old = byId.get(r.article);
    if (old && old !== r.hash) replaced.add(old);
    fresh.push(r);
  }
  return { fresh, skipped, replaced: [...replaced] };
}

/** Cuts records into batches of whole articles holding at most ~maxEvidence evidence rows each. */
export function batchRecords(records: ExtractRecord[], maxEvidence = 20_000): ExtractRecord[][] {
  const batches: ExtractRecord[][] = [];
  let cur: ExtractRecord[] = [];
  let n = 0;
  for (const r of records) {
    const k = recordEvidence(r).length + 1;
    if (cur.length && n + k > maxEvidence) {
      batches.push(cur);
      cur = [];
      n = 0;
    }
    cur.push(r);
    n += k;
  }
  if (cur.length) batches.push(cur);
  return batches;
}
