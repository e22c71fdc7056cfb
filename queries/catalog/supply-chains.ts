// Supply chains: A supplies B who supplies C (two or three hops), optionally through one actor.
import { DIALECT_WORDS, INCLUDE_HEDGED } from "../dialect.ts";
import type { NamedQuery } from "../types.ts";

const K = DIALECT_WORDS.kuzu;
const N = DIALECT_WORDS.neo4j;

export const supplyChains: NamedQuery = {
  name: "supply-chains",
  description: "Chains of supply (A supplies B, B supplies C; two or three hops), optionally through one actor",
  params: [
    { name: "actor", type: "string", actor: true, default: "", example: "North Korea", description: "only chains through this actor (any alias); empty: all" },
    INCLUDE_HEDGED,
  ],
  columns: ["chain", "hops", "asserted"],
  cypher: {
    // Kuzu: a recursive pattern's filter cannot read a parameter, so the asserted filter runs on the path;
    // is_acyclic drops walks that revisit a node (Kuzu's default semantics is a walk, Neo4j's a trail).
    kuzu: `
MATCH p = (a:${K.entity})-[:SUPPLIES*2..3]->(b:${K.entity})
WHERE is_acyclic(p) AND ($includeHedged OR all(x IN properties(rels(p), 'assertedCount') WHERE x > 0))
  AND ($actor = '' OR list_contains(properties(nodes(p), 'id'), $actor))
RETURN list_to_string(' -> ', properties(nodes(p), 'name')) AS chain, length(p) AS hops, properties(rels(p), 'assertedCount') AS asserted
ORDER BY hops DESC, chain`,
    neo4j: `
MATCH p = (a:${N.entity})-[:SUPPLIES*2..3]->(b:${N.entity})
WHERE all(r IN relationships(p) WHERE r.assertedCount > 0 OR $includeHedged)
  AND all(x IN nodes(p) WHERE single(y IN nodes(p) WHERE y = x))
  AND ($actor = '' OR any(x IN nodes(p) WHERE x.id = $actor))
RETURN reduce(s = head(nodes(p)).name, x IN tail(nodes(p)) | s + ' -> ' + x.name) AS chain, length(p) AS hops, [r IN relationships(p) | r.assertedCount] AS asserted
ORDER BY hops DESC, chain`,
  },
};
