// The Store contract: what build, query, serve and export code against, whichever backend is open.
import type { ExtractRecord } from "../../ingest/types.ts";
import type { GraphJson } from "../schema.ts";

export interface LoadSummary {
  /** Articles written by this load. */
  articles: number;
  /** Records skipped because their content hash was already loaded (or repeated in the input). */
  skipped: number;
  /** Entity nodes created. */
  nodes: number;
  /** Relation edges created or updated. */
  edges: number;
  /** Evidence rows written. */
  evidence: number;
  /** Write transactions committed. */
  batches: number;
  ms: number;
}

export interface LoadProgress {
  articles: number;
  evidence: number;
  batches: number;
}

export interface LoadOptions {
  onProgress?: (p: LoadProgress) => void;
  /** Articles per write transaction is bounded by this many evidence rows (default 20,000). */
  batchEvidence?: number;
}

export interface StoreCounts {
  /** Entity nodes (Article and Evidence not included). */
  nodes: number;
  /** Relation edges (FROM_ARTICLE and MENTIONS not included). */
  edges: number;
  evidence: number;
  articles: number;
  /** Entity nodes per label, every label present (0 when empty). */
  byLabel: Record<string, number>;
  /** Relation edges per type, every type present (0 when empty). */
  byType: Record<string, number>;
}

export interface Store {
  readonly kind: "kuzu" | "neo4j";
  /** Where it lives: the Kuzu file path, or the Neo4j URI (with database). */
  readonly location: string;
  ensureSchema(): Promise<void>;
  load(records: AsyncIterable<ExtractRecord> | Iterable<ExtractRecord>, opts?: LoadOptions): Promise<LoadSummary>;
  /** Retracts one article's contribution, by article id (file name) or content hash. */
  remove(article: string): Promise<{ removed: boolean }>;
  counts(): Promise<StoreCounts>;
  /** Runs read-only Cypher; values come back as plain JS (numbers, strings, arrays, objects, null). */
  read(cypher: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  /** The whole graph with its evidence, in graphology's serialisation. */
  exportGraph(): Promise<GraphJson>;
  close(): Promise<void>;
}
