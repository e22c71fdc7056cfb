// Who supplies whom, with which weapons: the weapon is the claim's instrument, the object the recipient.
import { bothDialects, EDGE_SHOWN, EVIDENCE_SHOWN, INCLUDE_HEDGED } from "../dialect.ts";
import type { NamedQuery } from "../types.ts";

export const supplies: NamedQuery = {
  name: "supplies",
  description: "Who supplies whom with which weapons (optionally for one supplier or recipient)",
  params: [
    { name: "supplier", type: "string", actor: true, default: "", example: "DPRK", description: "only this supplier (any alias); empty: all" },
    { name: "recipient", type: "string", actor: true, default: "", example: "Russia", description: "only this recipient (any alias); empty: all" },
    INCLUDE_HEDGED,
  ],
  columns: ["supplier", "recipient", "weapons", "asserted", "hedged", "firstDate", "lastDate"],
  // Weapons come from the evidence (not the edge's instrument list) so that a weapon named only in a
  // hedged sentence is not listed as supplied.
  cypher: bothDialects((d) => `
MATCH (s:${d.entity})-[r:SUPPLIES]->(t:${d.entity})
WHERE ($supplier = '' OR s.id = $supplier) AND ($recipient = '' OR t.id = $recipient) AND ${EDGE_SHOWN("r")}
OPTIONAL MATCH (e:Evidence) WHERE e.edgeKey = r.key AND e.instrument IS NOT NULL AND ${EVIDENCE_SHOWN("e")}
OPTIONAL MATCH (w:Weapon) WHERE w.id = e.instrument
RETURN s.name AS supplier, t.name AS recipient, ${d.collect("DISTINCT w.name")} AS weapons,
       r.assertedCount AS asserted, r.hedgedCount AS hedged, r.firstDate AS firstDate, r.lastDate AS lastDate
ORDER BY asserted DESC, supplier, recipient`),
};
