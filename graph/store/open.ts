// Opens the store a command should use: Neo4j when NEO4J_URI is set, else the embedded Kuzu file.
import { KuzuStore } from "./kuzu.ts";
import type { Store } from "./types.ts";

export const DEFAULT_DB_PATH = ".kg/graph.kuzu";

export interface OpenStoreOptions {
  db?: string;
  readOnly?: boolean;
  /** Refuse to create an empty Kuzu graph (STORE_MISSING): for commands that change an existing one. */
  mustExist?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Where the "--db is ignored" warning goes (stderr by default). */
  warn?: (line: string) => void;
}

export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  const env = opts.env ?? process.env;
  if (env.NEO4J_URI) {
    if (opts.db) (opts.warn ?? ((l) => process.stderr.write(`${l}\n`)))(`kg: NEO4J_URI is set, so --db ${opts.db} is ignored`);
    const { Neo4jStore } = await import("./neo4j.ts");
    return Neo4jStore.open({
      uri: env.NEO4J_URI, username: env.NEO4J_USERNAME ?? "neo4j", password: env.NEO4J_PASSWORD ?? "",
      database: env.NEO4J_DATABASE || undefined, readOnly: opts.readOnly,
    });
  }
  return KuzuStore.open(opts.db ?? DEFAULT_DB_PATH, { readOnly: opts.readOnly, mustExist: opts.mustExist });
}
