// The evidence behind a relation: each sentence with its article, source, date and how it is stated.
import { RELATION_LABELS } from "../../graph/schema.ts";
import { bothDialects, EVIDENCE_SHOWN, EVIDENCE_STATUS, INCLUDE_HEDGED } from "../dialect.ts";
import type { NamedQuery } from "../types.ts";

export const evidence: NamedQuery = {
  name: "evidence",
  description: "The sentences behind a relation between two actors, with article, source, date and status",
  params: [
    { name: "subject", type: "string", actor: true, example: "North Korea", description: "the subject (any alias)" },
    { name: "object", type: "string", actor: true, example: "Russia", description: "the object (any alias)" },
    { name: "relation", type: "string", default: "", choices: ["", ...RELATION_LABELS], example: "SUPPLIES", description: "only this relation type; empty: all" },
    INCLUDE_HEDGED,
  ],
  columns: ["relation", "date", "source", "article", "status", "instrument", "sentence"],
  cypher: bothDialects((d) => `
MATCH (e:Evidence)-[:FROM_ARTICLE]->(art:Article)
WHERE e.subject = $subject AND e.object = $object AND ($relation = '' OR e.type = $relation) AND ${EVIDENCE_SHOWN("e")}
OPTIONAL MATCH (w:${d.entity}) WHERE w.id = e.instrument
RETURN e.type AS relation, e.date AS date, e.source AS source, art.id AS article, ${EVIDENCE_STATUS("e")} AS status,
       w.name AS instrument, e.sentence AS sentence
ORDER BY relation, date, article, sentence`),
};
