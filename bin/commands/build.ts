// `kg build <paths…>` (extract + load), `kg load <files…>` (JSON Lines from `kg extract`) and
// `kg remove <article>`. The store is opened before any input is read, so a store error exits 2 with
// nothing written; a bad input is one stderr line and exit 1, the rest loaded.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";
import type { Command } from "commander";
import cliProgress from "cli-progress";
import { InputError, UsageError } from "../../ingest/errors.ts";
import { extractArticle } from "../../ingest/pipeline.ts";
import { readInputs } from "../../ingest/read.ts";
import type { ExtractRecord } from "../../ingest/types.ts";
import { DEFAULT_DB_PATH, openStore } from "../../graph/store/open.ts";
import type { LoadSummary, Store } from "../../graph/store/types.ts";
import type { CommandResult } from "../main.ts";

export interface StoreCommandOptions {
  db?: string;
  mustExist?: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface BuildIo {
  stderr: Writable & { isTTY?: boolean };
}

const defaultIo = (): BuildIo => ({ stderr: process.stderr });
export const DB_OPTION_HELP = `Kuzu database file (default ${DEFAULT_DB_PATH}); ignored when NEO4J_URI is set`;

export function registerBuild(program: Command, setCode: (c: CommandResult) => void): void {
  program
    .command("build")
    .description("Extract articles and load them into the graph store (Kuzu, or Neo4j when NEO4J_URI is set). Unchanged articles are skipped.")
    .argument("<paths...>", "article files or folders (.txt, .md, .html, .jsonl)")
    .option("--db <path>", DB_OPTION_HELP)
    .addHelpText("after", "\nExit codes: 0 all inputs loaded, 1 some inputs failed (the rest loaded), 2 usage or store error (nothing written).")
    .action(async (paths: string[], o: { db?: string }) => setCode(await runBuild(paths, { db: o.db })));
  program
    .command("load")
    .description("Load JSON Lines records written by `kg extract` into the graph store (extraction can run elsewhere, sharded).")
    .argument("<files...>", "JSON Lines files from `kg extract`")
    .option("--db <path>", DB_OPTION_HELP)
    .addHelpText("after", "\nA malformed line is reported (file:line) and counted as failed; the other lines are loaded. Exit codes as for build.")
    .action(async (files: string[], o: { db?: string }) => setCode(await runLoad(files, { db: o.db })));
  program
    .command("remove")
    .description("Retract one article's contribution: its evidence, edges left without evidence, entities left without mentions.")
    .argument("<article>", "article id (file name, or a .jsonl record's id) or content hash")
    .option("--db <path>", DB_OPTION_HELP)
    .action(async (article: string, o: { db?: string }) => setCode(await runRemove(article, { db: o.db })));
}

interface Tally {
  read: number;
  failed: number;
}

/** Progress on a terminal only; when piped, stderr carries just the error lines and the summary. */
function progress(io: BuildIo, what: string) {
  if (!io.stderr.isTTY) return { read: () => {}, loaded: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: `${what} {read} read | {articles} written, {evidence} evidence, {batches} batches | {rate} articles/s`, stream: io.stderr as NodeJS.WritableStream, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const t0 = Date.now();
  const state = { read: 0, articles: 0, evidence: 0, batches: 0, rate: "0" };
  bar.start(0, 0, state);
  const rate = (n: number) => (n / Math.max(0.001, (Date.now() - t0) / 1000)).toFixed(0);
  return {
    read: (n: number) => bar.update(0, { ...state, read: n, rate: rate(n) }),
    loaded: (p: { articles: number; evidence: number; batches: number }) => bar.update(0, Object.assign(state, p, { rate: rate(p.articles) })),
    stop: () => bar.stop(),
  };
}

async function withStore<T>(opts: StoreCommandOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ db: opts.db, env: opts.env, mustExist: opts.mustExist });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

async function summarise(cmd: string, store: Store, t: Tally, s: LoadSummary, io: BuildIo): Promise<number> {
  const c = await store.counts();
  io.stderr.write(
    `kg ${cmd}: ${t.read} read, ${s.skipped} skipped (unchanged), ${t.failed} failed; ` +
      `wrote ${s.articles} articles, ${s.nodes} new nodes, ${s.edges} edges, ${s.evidence} evidence in ${s.batches} batches (${s.ms} ms); ` +
      `graph: ${c.nodes} nodes, ${c.edges} edges, ${c.evidence} evidence, ${c.articles} articles (${store.kind} ${store.location})\n`,
  );
  return t.failed > 0 ? 1 : 0;
}

export async function runBuild(paths: string[], opts: StoreCommandOptions = {}, io: BuildIo = defaultIo()): Promise<number> {
  if (!paths.length) throw new UsageError("USAGE", "build: no input paths given", "kg build <files or folders…> [--db PATH]");
  return withStore(opts, async (store) => {
    const tally: Tally = { read: 0, failed: 0 };
    const bar = progress(io, "build");
    async function* records(): AsyncGenerator<ExtractRecord> {
      for await (const r of readInputs(paths)) {
        if (!r.ok) {
          tally.failed++;
          io.stderr.write(`kg build: ${r.error.line()}\n`);
          continue;
        }
        tally.read++;
        bar.read(tally.read);
        yield extractArticle(r.article);
      }
    }
    try {
      const s = await store.load(records(), { onProgress: bar.loaded });
      bar.stop();
      return await summarise("build", store, tally, s, io);
    } finally {
      bar.stop();
    }
  });
}

/** Minimal shape check of a `kg extract` line: enough that the loader cannot trip over it. */
export function parseRecordLine(line: string): ExtractRecord {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (err) {
    throw new InputError("MALFORMED_JSON", `not JSON (${(err as Error).message})`);
  }
  const r = v as Partial<ExtractRecord>;
  const missing = [
    typeof r?.article !== "string" && "article",
    typeof r?.hash !== "string" && "hash",
    !Array.isArray(r?.entities) && "entities",
    !Array.isArray(r?.claims) && "claims",
  ].filter(Boolean);
  if (missing.length) throw new InputError("MALFORMED_RECORD", `not a kg extract record (missing ${missing.join(", ")})`);
  return { title: null, date: null, source: null, url: null, ...r, hedged: Array.isArray(r.hedged) ? r.hedged : [] } as ExtractRecord;
}

export async function runLoad(files: string[], opts: StoreCommandOptions = {}, io: BuildIo = defaultIo()): Promise<number> {
  if (!files.length) throw new UsageError("USAGE", "load: no files given", "kg load <records.jsonl…> [--db PATH]");
  return withStore(opts, async (store) => {
    const tally: Tally = { read: 0, failed: 0 };
    const bar = progress(io, "load");
    async function* records(): AsyncGenerator<ExtractRecord> {
      for (const file of files) {
        let n = 0;
        try {
          const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
          for await (const line of lines) {
            n++;
            if (!line.trim()) continue;
            try {
              const rec = parseRecordLine(line);
              tally.read++;
              bar.read(tally.read);
              yield rec;
            } catch (err) {
              tally.failed++;
              io.stderr.write(`kg load: ${file}:${n}: ${(err as InputError).line?.() ?? (err as Error).message}\n`);
            }
          }
        } catch (err) {
          tally.failed++;
          io.stderr.write(`kg load: ${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}) — check the path\n`);
        }
      }
    }
    try {
      const s = await store.load(records(), { onProgress: bar.loaded });
      bar.stop();
      return await summarise("load", store, tally, s, io);
    } finally {
      bar.stop();
    }
  });
}

export async function runRemove(article: string, opts: StoreCommandOptions = {}, io: BuildIo = defaultIo()): Promise<number> {
  return withStore({ ...opts, mustExist: true }, async (store) => {
    const { removed } = await store.remove(article);
    if (!removed) {
      io.stderr.write(`kg remove: no article ${article} in the graph (${store.location}) — give its file name or content hash\n`);
      return 1;
    }
    const c = await store.counts();
    io.stderr.write(`kg remove: removed ${article}; graph: ${c.nodes} nodes, ${c.edges} edges, ${c.evidence} evidence, ${c.articles} articles\n`);
    return 0;
  });
}
