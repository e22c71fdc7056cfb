// `kg export --format json|gexf|graphml|csv|cypher -o PATH [--db PATH]`: reads the store read-only and
// writes the whole graph. Files are written to a temporary name and renamed, so PATH is whole or absent;
// for csv PATH is a folder in the `neo4j-admin database import` layout.
import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { write as writeGexf } from "graphology-gexf";
import { StoreError, UsageError } from "../../ingest/errors.ts";
import { flatGraph } from "../../graph/export/flat-graph.ts";
import { writeGraphML } from "../../graph/export/graphml.ts";
import { writeNeo4jCsv } from "../../graph/export/neo4j-csv.ts";
import { cypherScript } from "../../graph/export/cypher-script.ts";
import { openStore } from "../../graph/store/open.ts";
import type { GraphJson } from "../../graph/schema.ts";
import type { CommandResult } from "../main.ts";
import { DB_OPTION_HELP } from "./build.ts";

export const EXPORT_FORMATS = ["json", "gexf", "graphml", "csv", "cypher"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function registerExport(program: Command, setCode: (c: CommandResult) => void): void {
  program
    .command("export")
    .description("Write the whole graph: json (viewer), gexf/graphml (Gephi, NetworkX), csv (neo4j-admin import folder), cypher (cypher-shell script).")
    .requiredOption("--format <format>", `one of ${EXPORT_FORMATS.join(", ")}`)
    .requiredOption("-o, --output <path>", "output file (for csv: a folder)")
    .option("--db <path>", DB_OPTION_HELP)
    .action(async (o: { format: string; output: string; db?: string }) => setCode(await runExport(o.format, o.output, { db: o.db })));
}

/** Serialises a graph in one of the file formats (everything but csv). */
export function serialiseGraph(g: GraphJson, format: Exclude<ExportFormat, "csv">): string {
  switch (format) {
    case "json": return `${JSON.stringify(g)}\n`;
    case "gexf": return writeGexf(flatGraph(g), { formatNode: (_k, a) => ({ label: String(a.label), attributes: a }) });
    case "graphml": return writeGraphML(flatGraph(g));
    case "cypher": return cypherScript(g);
  }
}

export async function runExport(format: string, output: string, opts: { db?: string; env?: NodeJS.ProcessEnv } = {}, stderr: NodeJS.WritableStream = process.stderr): Promise<number> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError("USAGE", `export: unknown format "${format}"`, `use one of ${EXPORT_FORMATS.join(", ")}`);
  }
  const f = format as ExportFormat;
  if (f === "csv" && fs.existsSync(output) && !fs.statSync(output).isDirectory()) {
    throw new UsageError("USAGE", `export: ${output} is a file, but csv writes a folder`, "give a folder path with -o");
  }
  const store = await openStore({ db: opts.db, readOnly: true, env: opts.env });
  let g: GraphJson;
  try {
    g = await store.exportGraph();
  } finally {
    await store.close();
  }
  try {
    if (f === "csv") {
      const { files } = writeNeo4jCsv(g, output);
      stderr.write(`kg export: ${g.nodes.length} nodes, ${g.edges.length} edges -> ${output}/ (${files.length} files; import.sh has the neo4j-admin command)\n`);
      return 0;
    }
    const text = serialiseGraph(g, f);
    fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
    const tmp = `${output}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, output);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new StoreError("EXPORT_WRITE", `export: cannot write ${output} (${e.code ?? e.message})`, "choose a writable -o path");
  }
  stderr.write(`kg export: ${g.nodes.length} nodes, ${g.edges.length} edges -> ${output} (${f})\n`);
  return 0;
}
