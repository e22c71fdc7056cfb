// `kg query <name> [--param k=v …] [--format …] [--db PATH]`, `kg query --list` and `kg cypher '<query>'`:
// named and ad-hoc read-only queries. The store is opened read-only and closed in `finally`.
import type { Command } from "commander";
import type { Writable } from "node:stream";
import { UsageError } from "../../ingest/errors.ts";
import { DEFAULT_DB_PATH, openStore } from "../../graph/store/open.ts";
import type { Store } from "../../graph/store/types.ts";
import { formatRows, FORMATS, parseFormat, type Format } from "../../queries/format.ts";
import { listQueries, runCypher, runNamedQuery } from "../../queries/run.ts";
import type { CommandResult } from "../main.ts";

export interface QueryIo {
  stdout: Writable;
  env?: NodeJS.ProcessEnv;
}

interface QueryFlags {
  param: string[];
  format?: string;
  db?: string;
  list?: boolean;
}

const collect = (v: string, acc: string[] = []) => [...acc, v];

export function registerQuery(program: Command, setCode: (c: CommandResult) => void): void {
  program
    .command("query")
    .description("Run a named read-only query (kg query --list shows them all).")
    .argument("[name]", "query name")
    .option("-p, --param <key=value>", "a query parameter, repeated once per parameter", collect)
    .option("-f, --format <format>", `output format: ${FORMATS.join(", ")} (default table)`)
    .option("--db <path>", `Kuzu database file (default ${DEFAULT_DB_PATH}; ignored when NEO4J_URI is set)`)
    .option("-l, --list", "list the named queries with their parameters")
    .addHelpText("after", "\nExamples:\n  kg query --list\n  kg query condemnations --param actor=DPRK\n  kg query supplies --param recipient=Russia --format md")
    .action(async (name: string | undefined, flags: QueryFlags) => {
      setCode(await runQueryCommand(name, flags));
    });
  program
    .command("cypher")
    .description("Run your own read-only Cypher (MATCH … RETURN …) against the graph.")
    .argument("<query>", "the Cypher text; write clauses, file access and procedure calls are refused")
    .option("-f, --format <format>", `output format: ${FORMATS.join(", ")} (default table)`)
    .option("--db <path>", `Kuzu database file (default ${DEFAULT_DB_PATH}; ignored when NEO4J_URI is set)`)
    .action(async (text: string, flags: Omit<QueryFlags, "param" | "list">) => {
      setCode(await runCypherCommand(text, flags));
    });
}

/** `kg query` without commander: returns the exit code, throws KgError for one-line errors. */
export async function runQueryCommand(name: string | undefined, flags: Partial<QueryFlags>, io: QueryIo = { stdout: process.stdout }): Promise<number> {
  const format = parseFormat(flags.format);
  if (flags.list) {
    io.stdout.write(formatListing(format));
    return 0;
  }
  if (!name) throw new UsageError("USAGE", "query: no query name given", "kg query --list shows the names");
  const params = parseParams(flags.param ?? []);
  return withStore(flags.db, io, async (store) => {
    io.stdout.write(formatRows(await runNamedQuery(store, name, params), format));
    return 0;
  });
}

export async function runCypherCommand(text: string, flags: { format?: string; db?: string }, io: QueryIo = { stdout: process.stdout }): Promise<number> {
  const format = parseFormat(flags.format);
  return withStore(flags.db, io, async (store) => {
    io.stdout.write(formatRows(await runCypher(store, text), format));
    return 0;
  });
}

async function withStore(db: string | undefined, io: QueryIo, fn: (s: Store) => Promise<number>): Promise<number> {
  const store = await openStore({ db, readOnly: true, env: io.env });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** `--param key=value` pairs; a key given twice is an error rather than a silent overwrite. */
export function parseParams(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError("BAD_PARAM", `--param ${pair}: expected key=value`, "e.g. --param actor=\"North Korea\"");
    const key = pair.slice(0, eq).trim();
    if (key in out) throw new UsageError("BAD_PARAM", `--param ${key} is given twice`, "give each parameter once");
    out[key] = pair.slice(eq + 1);
  }
  return out;
}

function formatListing(format: Format): string {
  const list = listQueries();
  if (format === "json") return `${JSON.stringify(list.map(({ name, description, params }) => ({
    name, description, params: params.map(({ name, type, default: d, example }) => ({ name, type, ...(d !== undefined ? { default: d } : {}), example })),
  })), null, 2)}\n`;
  const rows = list.map((q) => ({
    name: q.name,
    params: q.params.map((p) => (p.default === undefined ? `${p.name}` : `[${p.name}]`)).join(" "),
    description: q.description,
  }));
  return formatRows({ columns: ["name", "params", "description"], rows }, format);
}
