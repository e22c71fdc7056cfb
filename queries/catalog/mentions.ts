// The articles that mention an actor.
import { bothDialects } from "../dialect.ts";
import type { NamedQuery } from "../types.ts";

export const mentions: NamedQuery = {
  name: "mentions",
  description: "The articles that mention an actor, by date",
  params: [
    { name: "actor", type: "string", actor: true, example: "Kim Jong Un", description: "the actor (any name or alias)" },
  ],
  columns: ["date", "article", "title", "source"],
  cypher: bothDialects((d) => `
MATCH (art:Article)-[:MENTIONS]->(a:${d.entity})
WHERE a.id = $actor
RETURN art.date AS date, art.id AS article, art.title AS title, art.source AS source
ORDER BY date, article`),
};
