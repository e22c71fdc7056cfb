// An actor's profile: what it is, its own date (an event's), where it belongs, when it was seen and its relations by type.
import { bothDialects, EDGE_SHOWN, INCLUDE_HEDGED } from "../dialect.ts";
import type { NamedQuery } from "../types.ts";

export const actorProfile: NamedQuery = {
  name: "actor-profile",
  description: "An actor's profile: aliases, role, date (events), country, memberships, first and last seen, centrality, relations",
  params: [
    { name: "actor", type: "string", actor: true, example: "Pyongyang", description: "the actor (any name or alias)" },
    INCLUDE_HEDGED,
  ],
  columns: [
    "name", "type", "kind", "aliases", "role", "date", "country", "memberOf", "firstSeen", "lastSeen", "articles",
    "degree", "pagerank", "relationsOut", "relationsIn",
  ],
  // One row, built by successive aggregations; each OPTIONAL MATCH is collapsed before the next so the
  // counts do not multiply.
  cypher: bothDialects((d) => `
MATCH (a:${d.entity}) WHERE a.id = $actor
OPTIONAL MATCH (c:${d.entity}) WHERE c.id = a.country
WITH a, c.name AS country
OPTIONAL MATCH (art:Article)-[:MENTIONS]->(a)
WITH a, country, min(art.date) AS firstSeen, max(art.date) AS lastSeen, count(art) AS articles
OPTIONAL MATCH (a)-[m:MEMBER_OF|PART_OF]->(g:${d.entity})
WITH a, country, firstSeen, lastSeen, articles, ${d.collect("DISTINCT g.name")} AS memberOf
OPTIONAL MATCH (a)-[ro:${d.relation}]->(:${d.entity}) WHERE ${EDGE_SHOWN("ro")}
WITH a, country, firstSeen, lastSeen, articles, memberOf, ${d.typeOf("ro")} AS outType, count(ro) AS outCount
WITH a, country, firstSeen, lastSeen, articles, memberOf,
     ${d.collect(`CASE WHEN outCount > 0 THEN outType + ' ' + ${d.str("outCount")} END`)} AS relationsOut
OPTIONAL MATCH (a)<-[ri:${d.relation}]-(:${d.entity}) WHERE ${EDGE_SHOWN("ri")}
WITH a, country, firstSeen, lastSeen, articles, memberOf, relationsOut, ${d.typeOf("ri")} AS inType, count(ri) AS inCount
WITH a, country, firstSeen, lastSeen, articles, memberOf, relationsOut,
     ${d.collect(`CASE WHEN inCount > 0 THEN inType + ' ' + ${d.str("inCount")} END`)} AS relationsIn
RETURN a.name AS name, ${d.labelOf("a")} AS type, a.kind AS kind, a.aliases AS aliases, a.role AS role,
       a.date AS date, country, memberOf, firstSeen, lastSeen, articles, a.degree AS degree, a.pagerank AS pagerank,
       relationsOut, relationsIn`),
};
