// Signatories of a document or agreement.
import { bothDialects, EDGE_SHOWN, INCLUDE_HEDGED } from "../dialect.ts";
import type { NamedQuery } from "../types.ts";

export const signatories: NamedQuery = {
  name: "signatories",
  description: "Who signed a document, statement or agreement (all documents when none is given)",
  params: [
    { name: "document", type: "string", actor: true, default: "", example: "", description: "the document (any name or alias); empty: all" },
    INCLUDE_HEDGED,
  ],
  columns: ["document", "signatory", "type", "asserted", "hedged", "firstDate"],
  cypher: bothDialects((d) => `
MATCH (s:${d.entity})-[r:SIGNS]->(doc:${d.entity})
WHERE ($document = '' OR doc.id = $document) AND ${EDGE_SHOWN("r")}
RETURN doc.name AS document, s.name AS signatory, ${d.labelOf("s")} AS type,
       r.assertedCount AS asserted, r.hedgedCount AS hedged, r.firstDate AS firstDate
ORDER BY document, signatory`),
};
