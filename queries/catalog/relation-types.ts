// What the graph holds: relations by type, with evidence counts.
import { bothDialects } from "../dialect.ts";
import type { NamedQuery } from "../types.ts";

export const relationTypes: NamedQuery = {
  name: "relation-types",
  description: "How many relations of each type the graph holds, with asserted and hedged evidence counts",
  params: [],
  columns: ["relation", "edges", "asserted", "hedged", "firstDate", "lastDate"],
  cypher: bothDialects((d) => `
MATCH (:${d.entity})-[r:${d.relation}]->(:${d.entity})
RETURN ${d.typeOf("r")} AS relation, count(r) AS edges, sum(r.assertedCount) AS asserted, sum(r.hedgedCount) AS hedged,
       min(r.firstDate) AS firstDate, max(r.lastDate) AS lastDate
ORDER BY edges DESC, relation`),
};
