// Signatories of a document or agreement, with the document's own date (the Event's `date`).
import { bothDialects, EDGE_SHOWN, INCLUDE_HEDGED } from "../dialect.ts";
import type { NamedQuery } from "../types.ts";

export const signatories: NamedQuery = {
  name: "signatories",
  description: "Who signed a document, statement or agreement, and the document's date (all documents when none is given)",
  params: [
    { name: "document", type: "string", actor: true, default: "", example: "", description: "the document (any name or alias); empty: all" },
    INCLUDE_HEDGED,
  ],
  columns: ["document", "date", "signatory", "type", "asserted", "hedged", "firstDate"],
  cypher: bothDialects((d) => `
MATCH (s:${d.entity})-[r:SIGNS]->(doc:${d.entity})
WHERE ($document = '' OR doc.id = $document) AND ${EDGE_SHOWN("r")}
RETURN doc.name AS document, doc.date AS date, s.name AS signatory, ${d.labelOf("s")} AS type,
       r.assertedCount AS asserted, r.hedgedCount AS hedged, r.firstDate AS firstDate
ORDER BY document, signatory`),
};
