// The pieces of Cypher that Kuzu 0.11 and Neo4j 5 spell differently, so a query whose only difference is
// one of these is written once. Labels and relation types come only from the closed lists in graph/schema.ts.
import { ENTITY_LABELS, RELATION_LABELS } from "../graph/schema.ts";
import type { Dialect } from "./types.ts";

export interface DialectWords {
  /** Any entity label: Kuzu reads `(n:A:B)` as A *or* B; Neo4j needs `(n:A|B)` (its `A:B` means A *and* B). */
  entity: string;
  /** Any relation type (the same `A|B` syntax on both). */
  relation: string;
  /** The relation type of a relationship variable: `label(r)` on Kuzu, `type(r)` on Neo4j. */
  typeOf: (v: string) => string;
  /**
   * The entity type of an entity variable: `label(n)` on Kuzu; on Neo4j the node also carries the store's
   * `Entity` super-label, so the type is the label found in the closed list.
   */
  labelOf: (v: string) => string;
  /**
   * A list of strings aggregated from `expr` (`DISTINCT x` accepted): Kuzu's collect() of nothing but nulls
   * is NULL, Neo4j's is [], so Kuzu's gets coalesced to an empty list and both stores return [].
   */
  collect: (expr: string) => string;
  /** An integer as a string: `CAST(x AS STRING)` on Kuzu, `toString(x)` on Neo4j. */
  str: (v: string) => string;
}

export const DIALECT_WORDS: Record<Dialect, DialectWords> = {
  kuzu: {
    entity: ENTITY_LABELS.join(":"),
    relation: RELATION_LABELS.join("|"),
    typeOf: (v) => `label(${v})`,
    labelOf: (v) => `label(${v})`,
    collect: (e) => `coalesce(collect(${e}), CAST([] AS STRING[]))`,
    str: (v) => `CAST(${v} AS STRING)`,
  },
  neo4j: {
    entity: ENTITY_LABELS.join("|"),
    relation: RELATION_LABELS.join("|"),
    typeOf: (v) => `type(${v})`,
    labelOf: (v) => `head([l IN labels(${v}) WHERE l IN [${ENTITY_LABELS.map((l) => `'${l}'`).join(", ")}]])`,
    collect: (e) => `collect(${e})`,
    str: (v) => `toString(${v})`,
  },
};

/** One template, two texts: for queries whose dialects differ only in the words above. */
export function bothDialects(template: (d: DialectWords) => string): Record<Dialect, string> {
  return { kuzu: template(DIALECT_WORDS.kuzu), neo4j: template(DIALECT_WORDS.neo4j) };
}

/**
 * Which edges a query shows: those with asserted evidence, and structural edges (roles, memberships, places)
 * that carry no hedged evidence; an edge known only from negated or hedged statements needs $includeHedged.
 */
export const EDGE_SHOWN = (r: string) => `(${r}.assertedCount > 0 OR ${r}.hedgedCount = 0 OR $includeHedged)`;

/** Which evidence a query shows: asserted, positive sentences, and the rest only with $includeHedged. */
export const EVIDENCE_SHOWN = (e: string) => `((${e}.polarity = 'positive' AND ${e}.modality = 'asserted') OR $includeHedged)`;

/** How a piece of evidence stands: `asserted`, `negated`, or its modality (`hypothetical`, `demanded`…). */
export const EVIDENCE_STATUS = (e: string) => `CASE WHEN ${e}.polarity = 'negated' THEN 'negated' ELSE ${e}.modality END`;

export const INCLUDE_HEDGED = {
  name: "includeHedged",
  type: "bool",
  default: false,
  example: "true",
  description: "also count relations known only from negated, hypothetical, demanded or proposed statements",
} as const;
