// The most central actors, by the PageRank and degree computed when the graph was built.
import { ENTITY_LABELS } from "../../graph/schema.ts";
import { bothDialects } from "../dialect.ts";
import type { NamedQuery } from "../types.ts";

export const centralActors: NamedQuery = {
  name: "central-actors",
  description: "The most central actors by PageRank or degree (computed at build time, the same on both stores)",
  params: [
    { name: "by", type: "string", default: "pagerank", choices: ["pagerank", "degree"], example: "degree", description: "ranking measure" },
    { name: "type", type: "string", default: "", choices: ["", ...ENTITY_LABELS], example: "Country", description: "only this entity type; empty: all" },
    { name: "limit", type: "int", default: 10, example: "5", description: "how many actors" },
  ],
  columns: ["actor", "type", "degree", "pagerank", "community"],
  // Centrality is stored on the nodes by `kg build` (graphology-metrics): a read-only Kuzu refuses
  // CALL project_graph, and a Neo4j without GDS has no PageRank. When ranking by PageRank the first sort
  // key is a constant, so the second one decides.
  cypher: bothDialects((d) => `
MATCH (n:${d.entity}) WHERE $type = '' OR ${d.labelOf("n")} = $type
RETURN n.name AS actor, ${d.labelOf("n")} AS type, n.degree AS degree, n.pagerank AS pagerank, n.community AS community
ORDER BY CASE WHEN $by = 'degree' THEN degree ELSE 0 END DESC, pagerank DESC, degree DESC, actor
LIMIT $limit`),
};
