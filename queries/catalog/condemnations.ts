// Who condemns an actor, and whom the actor condemns, with evidence counts and dates.
import { bothDialects, EDGE_SHOWN, INCLUDE_HEDGED } from "../dialect.ts";
import type { NamedQuery } from "../types.ts";

export const condemnations: NamedQuery = {
  name: "condemnations",
  description: "Who condemns an actor and whom the actor condemns, with evidence counts and first/last dates",
  params: [
    { name: "actor", type: "string", actor: true, example: "North Korea", description: "the actor (any name or alias)" },
    INCLUDE_HEDGED,
  ],
  columns: ["direction", "actor", "type", "asserted", "hedged", "articles", "firstDate", "lastDate"],
  cypher: bothDialects((d) => `
MATCH (x:${d.entity})-[r:CONDEMNS]->(y:${d.entity})
WHERE (x.id = $actor OR y.id = $actor) AND ${EDGE_SHOWN("r")}
RETURN CASE WHEN y.id = $actor THEN 'condemned by' ELSE 'condemns' END AS direction,
       CASE WHEN y.id = $actor THEN x.name ELSE y.name END AS actor,
       CASE WHEN y.id = $actor THEN ${d.labelOf("x")} ELSE ${d.labelOf("y")} END AS type,
       r.assertedCount AS asserted, r.hedgedCount AS hedged, r.articleCount AS articles,
       r.firstDate AS firstDate, r.lastDate AS lastDate
ORDER BY direction, asserted DESC, actor`),
};
