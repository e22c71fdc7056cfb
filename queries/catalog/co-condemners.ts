// Co-condemners: actors that condemn the same targets.
import { bothDialects, EDGE_SHOWN, INCLUDE_HEDGED } from "../dialect.ts";
import type { NamedQuery } from "../types.ts";

export const coCondemners: NamedQuery = {
  name: "co-condemners",
  description: "Actors that condemn the same targets as an actor (or every such pair), with the shared targets",
  params: [
    { name: "actor", type: "string", actor: true, default: "", example: "G7", description: "the actor (any alias); empty: every pair" },
    INCLUDE_HEDGED,
  ],
  columns: ["actor", "coCondemner", "sharedTargets", "targets"],
  // Without an actor each pair is listed once (a.id < b.id).
  cypher: bothDialects((d) => `
MATCH (a:${d.entity})-[r1:CONDEMNS]->(t:${d.entity})<-[r2:CONDEMNS]-(b:${d.entity})
WHERE a.id <> b.id AND ((a.id = $actor) OR ($actor = '' AND a.id < b.id))
  AND ${EDGE_SHOWN("r1")} AND ${EDGE_SHOWN("r2")}
RETURN a.name AS actor, b.name AS coCondemner, count(DISTINCT t) AS sharedTargets, ${d.collect("DISTINCT t.name")} AS targets
ORDER BY sharedTargets DESC, actor, coCondemner`),
};
