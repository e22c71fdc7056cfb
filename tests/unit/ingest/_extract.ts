// Test helper: runs the whole pure pipeline on a text written for the test and returns its claims as
// "TYPE subject object" strings, with entity ids, asserted and hedged apart.
import { createHash } from "node:crypto";
import { extractArticle } from "../../../ingest/pipeline.ts";
import type { ExtractRecord } from "../../../ingest/types.ts";

export function extract(text: string): ExtractRecord {
  return extractArticle({ id: "t.txt", hash: createHash("sha256").update(text).digest("hex"), title: null, date: "2025-01-01", source: null, url: null, text });
}
const key = (c: { type: string; subject: string; object: string }) => `${c.type} ${c.subject} ${c.object}`;
export function claims(text: string, type?: string): string[] {
  return extract(text).claims.filter((c) => !type || c.type === type).map(key).sort();
}
export function hedged(text: string, type?: string): { claim: string; polarity: string; modality: string }[] {
  return extract(text).hedged.filter((c) => !type || c.type === type).map((c) => ({ claim: key(c), polarity: c.polarity, modality: c.modality }));
}
