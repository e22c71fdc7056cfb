// An actor's neighbourhood: every relation in or out, with its counterpart.
import { bothDialects, EDGE_SHOWN, INCLUDE_HEDGED } from "../dialect.ts";
import type { NamedQuery } from "../types.ts";

export const neighbourhood: NamedQuery = {
  name: "neighbourhood",
  description: "Every relation of an actor, in and out, with the other actor, evidence counts and last date",
  params: [
    { name: "actor", type: "string", actor: true, example: "Moscow", description: "the actor (any name or alias)" },
    INCLUDE_HEDGED,
  ],
  columns: ["relation", "direction", "neighbour", "type", "asserted", "hedged", "lastDate"],
  cypher: bothDialects((d) => `
MATCH (x:${d.entity})-[r:${d.relation}]->(y:${d.entity})
WHERE (x.id = $actor OR y.id = $actor) AND ${EDGE_SHOWN("r")}
RETURN ${d.typeOf("r")} AS relation, CASE WHEN x.id = $actor THEN 'out' ELSE 'in' END AS direction,
       CASE WHEN x.id = $actor THEN y.name ELSE x.name END AS neighbour,
       CASE WHEN x.id = $actor THEN ${d.labelOf("y")} ELSE ${d.labelOf("x")} END AS type,
       r.assertedCount AS asserted, r.hedgedCount AS hedged, r.lastDate AS lastDate
ORDER BY relation, direction, neighbour`),
};
