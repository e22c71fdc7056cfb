// Deployments to a country or place: a country's id also matches places located in it.
import { bothDialects, EDGE_SHOWN, INCLUDE_HEDGED } from "../dialect.ts";
import type { NamedQuery } from "../types.ts";

export const deployments: NamedQuery = {
  name: "deployments",
  description: "Who deploys forces to a country or place (places inside a country count for the country)",
  params: [
    { name: "place", type: "string", actor: true, default: "", example: "Russia", description: "destination country or place (any alias); empty: all" },
    { name: "deployer", type: "string", actor: true, default: "", example: "North Korea", description: "only this deployer (any alias); empty: all" },
    INCLUDE_HEDGED,
  ],
  columns: ["deployer", "destination", "asserted", "hedged", "articles", "firstDate", "lastDate"],
  cypher: bothDialects((d) => `
MATCH (a:${d.entity})-[r:DEPLOYS]->(t:${d.entity})
WHERE ($place = '' OR t.id = $place OR t.country = $place) AND ($deployer = '' OR a.id = $deployer) AND ${EDGE_SHOWN("r")}
RETURN a.name AS deployer, t.name AS destination, r.assertedCount AS asserted, r.hedgedCount AS hedged,
       r.articleCount AS articles, r.firstDate AS firstDate, r.lastDate AS lastDate
ORDER BY asserted DESC, deployer, destination`),
};
