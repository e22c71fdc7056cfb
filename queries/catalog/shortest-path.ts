// The shortest chain of relations between two actors, one row per step.
import { DIALECT_WORDS, INCLUDE_HEDGED } from "../dialect.ts";
import type { NamedQuery } from "../types.ts";

const K = DIALECT_WORDS.kuzu;
const N = DIALECT_WORDS.neo4j;

export const shortestPath: NamedQuery = {
  name: "shortest-path",
  description: "The shortest chain of relations (up to 6, either direction) linking two actors, one row per step",
  params: [
    { name: "from", type: "string", actor: true, example: "G7", description: "first actor (any alias)" },
    { name: "to", type: "string", actor: true, example: "Kim Jong Un", description: "second actor (any alias)" },
    INCLUDE_HEDGED,
  ],
  columns: ["step", "fromActor", "relation", "direction", "toActor"],
  cypher: {
    // Kuzu: `* SHORTEST`, with the edge filter inside the pattern; a recursive filter cannot read a
    // parameter (Kuzu 0.11.3: "Cannot evaluate $… because it does not depend on n or r"), so the asserted and
    // the unfiltered paths are both found and $includeHedged picks one (a CASE over the paths themselves
    // crashes Kuzu 0.11.3; over their lists it works). Lists are 1-indexed. label() goes
    // through list_transform: label() of a relationship taken out of a path list crashes Kuzu 0.11.3.
    // The direction is read from the edge key "TYPE|subject|object".
    kuzu: `
MATCH (a:${K.entity}), (b:${K.entity}) WHERE a.id = $from AND b.id = $to
OPTIONAL MATCH asserted = (a)-[:${K.relation}* SHORTEST 1..6 (r, n | WHERE r.assertedCount > 0 OR r.hedgedCount = 0)]-(b)
OPTIONAL MATCH anyPath = (a)-[:${K.relation}* SHORTEST 1..6]-(b)
WITH CASE WHEN $includeHedged THEN properties(nodes(anyPath), 'name') ELSE properties(nodes(asserted), 'name') END AS names,
     CASE WHEN $includeHedged THEN properties(nodes(anyPath), 'id') ELSE properties(nodes(asserted), 'id') END AS ids,
     CASE WHEN $includeHedged THEN list_transform(rels(anyPath), x -> label(x)) ELSE list_transform(rels(asserted), x -> label(x)) END AS types,
     CASE WHEN $includeHedged THEN properties(rels(anyPath), 'key') ELSE properties(rels(asserted), 'key') END AS edgeKeys
UNWIND range(1, size(types)) AS i
RETURN i AS step, names[i] AS fromActor, types[i] AS relation,
       CASE WHEN starts_with(edgeKeys[i], types[i] + '|' + ids[i] + '|') THEN '->' ELSE '<-' END AS direction,
       names[i + 1] AS toActor
ORDER BY step`,
    // Neo4j: shortestPath() (which fails when both ends are the same node, hence b <> a); lists are 0-indexed.
    neo4j: `
MATCH (a:${N.entity} {id: $from})
MATCH (b:${N.entity} {id: $to}) WHERE b <> a
MATCH p = shortestPath((a)-[:${N.relation}*1..6]-(b))
WHERE all(r IN relationships(p) WHERE r.assertedCount > 0 OR r.hedgedCount = 0 OR $includeHedged)
UNWIND range(0, length(p) - 1) AS i
WITH i, nodes(p)[i] AS f, relationships(p)[i] AS r, nodes(p)[i + 1] AS t
RETURN i + 1 AS step, f.name AS fromActor, type(r) AS relation,
       CASE WHEN startNode(r) = f THEN '->' ELSE '<-' END AS direction, t.name AS toActor
ORDER BY step`,
  },
};
