// Contested claims: the same relation asserted in some sentences and negated or hedged in others.
import { bothDialects } from "../dialect.ts";
import type { NamedQuery } from "../types.ts";


export const contestedClaims: NamedQuery = {
  name: "contested-claims",
  description: "Relations asserted in some sentences but negated or hedged in others, with an example of each",
  params: [
    { name: "actor", type: "string", actor: true, default: "", example: "North Korea", description: "only relations of this actor (any alias); empty: all" },
  ],
  columns: ["subject", "relation", "object", "asserted", "negated", "hedged", "assertedSentence", "contrarySentence"],
  cypher: bothDialects((d) => `
MATCH (x:${d.entity})-[r:${d.relation}]->(y:${d.entity})
WHERE r.assertedCount > 0 AND r.hedgedCount > 0 AND ($actor = '' OR x.id = $actor OR y.id = $actor)
MATCH (e:Evidence) WHERE e.edgeKey = r.key
WITH x.name AS subject, ${d.typeOf("r")} AS relation, y.name AS object,
     sum(CASE WHEN e.polarity = 'positive' AND e.modality = 'asserted' THEN 1 ELSE 0 END) AS asserted,
     sum(CASE WHEN e.polarity = 'negated' THEN 1 ELSE 0 END) AS negated,
     sum(CASE WHEN e.polarity = 'positive' AND e.modality <> 'asserted' THEN 1 ELSE 0 END) AS hedged,
     min(CASE WHEN e.polarity = 'positive' AND e.modality = 'asserted' THEN e.sentence END) AS assertedSentence,
     min(CASE WHEN e.polarity = 'negated' THEN e.sentence END) AS negatedSentence,
     min(CASE WHEN e.polarity = 'positive' AND e.modality <> 'asserted' THEN e.sentence END) AS hedgedSentence
WHERE asserted > 0 AND negated + hedged > 0
RETURN subject, relation, object, asserted, negated, hedged, assertedSentence,
       coalesce(negatedSentence, hedgedSentence) AS contrarySentence
ORDER BY negated DESC, hedged DESC, subject, relation, object`),
};
