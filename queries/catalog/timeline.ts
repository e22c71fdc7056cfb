// A timeline of an actor's relations: one row per relation and date, from the evidence.
import { bothDialects, EVIDENCE_SHOWN, EVIDENCE_STATUS, INCLUDE_HEDGED } from "../dialect.ts";
import type { NamedQuery } from "../types.ts";

export const timeline: NamedQuery = {
  name: "timeline",
  description: "A timeline of an actor's relations: per date, who did what to whom, how it was stated, and where",
  params: [
    { name: "actor", type: "string", actor: true, example: "Russia", description: "the actor (any name or alias)" },
    INCLUDE_HEDGED,
  ],
  columns: ["date", "subject", "relation", "object", "status", "sentences", "sources"],
  cypher: bothDialects((d) => `
MATCH (x:${d.entity})-[r:${d.relation}]->(y:${d.entity})
WHERE x.id = $actor OR y.id = $actor
MATCH (e:Evidence) WHERE e.edgeKey = r.key AND ${EVIDENCE_SHOWN("e")}
RETURN e.date AS date, x.name AS subject, ${d.typeOf("r")} AS relation, y.name AS object,
       ${EVIDENCE_STATUS("e")} AS status, count(e) AS sentences, ${d.collect("DISTINCT e.source")} AS sources
ORDER BY date, relation, subject, object, status`),
};
