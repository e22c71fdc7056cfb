// Members of an organisation or group, and bodies that are part of an actor.
import { bothDialects } from "../dialect.ts";
import type { NamedQuery } from "../types.ts";

export const members: NamedQuery = {
  name: "members",
  description: "Members of an organisation or group (MEMBER_OF) and bodies that belong to an actor (PART_OF)",
  params: [
    { name: "organization", type: "string", actor: true, example: "G7", description: "the organisation, group or state (any alias)" },
  ],
  columns: ["member", "type", "kind", "relation"],
  cypher: bothDialects((d) => `
MATCH (m:${d.entity})-[r:MEMBER_OF|PART_OF]->(o:${d.entity})
WHERE o.id = $organization
RETURN m.name AS member, ${d.labelOf("m")} AS type, m.kind AS kind, ${d.typeOf("r")} AS relation
ORDER BY relation, member`),
};
