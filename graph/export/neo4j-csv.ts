// CSV in the `neo4j-admin database import` layout: one file per label and per relationship type, typed
// headers, all entity labels in one ID space ("Entity", ids are unique across labels) so relationship files
// do not need one file per endpoint-label pair. The command that imports the folder is written beside the
// files (import.sh) and documented in graph/export/README-snippet.md:
//
//   neo4j-admin database import full --overwrite-destination --multiline-fields=true --array-delimiter=";" \
//     --nodes=nodes_Country.csv … --relationships=rels_CONDEMNS.csv … neo4j
import fs from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { ARTICLE_LABEL, ENTITY_LABELS, EVIDENCE_LABEL, FROM_ARTICLE, MENTIONS, RELATION_LABELS, type GraphJson } from "../schema.ts";
import { ENTITY_SUPER_LABEL } from "../store/neo4j-statements.ts";

const list = (xs: string[] | null | undefined) => (xs ?? []).map((x) => x.replace(/;/g, ",")).join(";");
const opt = (v: unknown) => (v === null || v === undefined ? "" : v);

export interface CsvExport {
  files: string[];
  command: string;
}

export function neo4jImportCommand(files: string[], database = "neo4j"): string {
  const nodes = files.filter((f) => f.startsWith("nodes_")).map((f) => `--nodes=${f}`);
  const rels = files.filter((f) => f.startsWith("rels_")).map((f) => `--relationships=${f}`);
  return ["neo4j-admin database import full --overwrite-destination --multiline-fields=true --array-delimiter=\";\"", ...nodes, ...rels, database].join(" \\\n  ");
}

export function neo4jCsvFiles(g: GraphJson): Map<string, string> {
  const files = new Map<string, string>();
  const put = (name: string, header: string[], rows: unknown[][]) => files.set(name, stringify([header, ...rows]));
  for (const label of ENTITY_LABELS) {
    put(`nodes_${label}.csv`,
      [`id:ID(${ENTITY_SUPER_LABEL})`, "name", "aliases:string[]", "kind", "iso", "country", "role", "date", "degree:long", "pagerank:double", "community:long", ":LABEL"],
      g.nodes.filter((n) => n.attributes.type === label).map((n) => {
        const a = n.attributes;
        return [n.key, a.label, list(a.aliases), opt(a.kind), opt(a.iso), opt(a.country), opt(a.role), opt(a.date), a.degree, a.pagerank, a.community, `${label};${ENTITY_SUPER_LABEL}`];
      }));
  }
  put(`nodes_${ARTICLE_LABEL}.csv`, [`hash:ID(${ARTICLE_LABEL})`, "id", "title", "date", "source", "url", ":LABEL"],
    g.attributes.articles.map((a) => [a.hash, a.id, opt(a.title), opt(a.date), opt(a.source), opt(a.url), ARTICLE_LABEL]));
  const evidence = g.edges.flatMap((e) => e.attributes.evidence);
  put(`nodes_${EVIDENCE_LABEL}.csv`,
    [`id:ID(${EVIDENCE_LABEL})`, "edgeKey", "type", "subject", "object", "sentence", "start:long", "endOffset:long", "triggerStart:long", "triggerEnd:long",
      "articleHash", "articleId", "date", "source", "attribution", "rule", "confidence:double", "polarity", "modality", "instrument", "role", ":LABEL"],
    evidence.map((e) => [e.id, e.edgeKey, e.type, e.subject, e.object, e.sentence, e.start, e.endOffset, opt(e.triggerStart), opt(e.triggerEnd),
      e.articleHash, e.articleId, opt(e.date), opt(e.source), opt(e.attribution), e.rule, e.confidence, e.polarity, e.modality, opt(e.instrument), opt(e.role), EVIDENCE_LABEL]));
  for (const type of RELATION_LABELS) {
    put(`rels_${type}.csv`,
      [`:START_ID(${ENTITY_SUPER_LABEL})`, `:END_ID(${ENTITY_SUPER_LABEL})`, ":TYPE", "key", "evidenceCount:long", "assertedCount:long", "hedgedCount:long",
        "articleCount:long", "sourceCount:long", "firstDate", "lastDate", "maxConfidence:double", "instruments:string[]", "roles:string[]"],
      g.edges.filter((e) => e.attributes.type === type).map((e) => {
        const a = e.attributes;
        return [e.source, e.target, type, e.key, a.evidenceCount, a.assertedCount, a.hedgedCount, a.articleCount, a.sourceCount,
          opt(a.firstDate), opt(a.lastDate), a.maxConfidence, list(a.instruments), list(a.roles)];
      }));
  }
  put(`rels_${FROM_ARTICLE}.csv`, [`:START_ID(${EVIDENCE_LABEL})`, `:END_ID(${ARTICLE_LABEL})`, ":TYPE"], evidence.map((e) => [e.id, e.articleHash, FROM_ARTICLE]));
  put(`rels_${MENTIONS}.csv`, [`:START_ID(${ARTICLE_LABEL})`, `:END_ID(${ENTITY_SUPER_LABEL})`, ":TYPE"], (g.attributes.mentions ?? []).map((m) => [m.article, m.entity, MENTIONS]));
  return files;
}

/** Writes the folder: the CSV files plus import.sh holding the exact import command. */
export function writeNeo4jCsv(g: GraphJson, dir: string): CsvExport {
  fs.mkdirSync(dir, { recursive: true });
  const files = neo4jCsvFiles(g);
  for (const [name, text] of files) fs.writeFileSync(path.join(dir, name), text);
  const command = neo4jImportCommand([...files.keys()]);
  fs.writeFileSync(path.join(dir, "import.sh"), `#!/bin/sh\n# Run from this folder, with the Neo4j server stopped (the database is replaced).\n${command}\n`, { mode: 0o755 });
  return { files: [...files.keys(), "import.sh"], command };
}
