// `kg extract <paths...> [-o out.jsonl] [--workers N] [--max-bytes N]`: one JSON line per readable article.
// With -o the records go to a temporary file that is renamed into place at the end, so a reader never
// sees a half-written output. Failures are one stderr line each; the summary goes to stderr too.
import type { Command } from "commander";
import { open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Writable } from "node:stream";
import { UsageError } from "../../ingest/errors.ts";
import { defaultWorkers, extractAll } from "../../ingest/parallel.ts";
import { DEFAULT_MAX_BYTES, listInputs, readInputs } from "../../ingest/read.ts";
import type { CommandResult } from "../main.ts";

export interface ExtractOptions {
  /** Output file; stdout when absent or "-". */
  output?: string;
  /** Worker threads; default all cores, 1 for small inputs. */
  workers?: number;
  /** Largest input file (or JSON Lines record) in bytes; default 20 MB. */
  maxBytes?: number;
}

export interface ExtractIo {
  stdout: Writable;
  stderr: Writable;
}

export interface ExtractSummary {
  read: number;
  skipped: number;
  failed: number;
}

export function registerExtract(program: Command, setCode: (c: CommandResult) => void): void {
  program
    .command("extract")
    .description("Extract entities and claims from articles (.txt, .md, .html, .jsonl files or folders) as JSON Lines.")
    .argument("<paths...>", "input files or folders (searched recursively)")
    .option("-o, --output <file>", "write the JSON Lines here instead of stdout (written whole or not at all)")
    .option("--workers <n>", "worker threads (default: all cores, 1 for small inputs)")
    .option("--max-bytes <n>", `largest input file or JSON Lines record, in bytes; 20MB, 1.5GB… accepted (default ${DEFAULT_MAX_BYTES})`)
    .addHelpText("after", "\nExit codes: 0 all inputs read, 1 some failed (the rest written), 2 usage error (nothing written).")
    .action(async (paths: string[], raw: { output?: string; workers?: string; maxBytes?: string }) => {
      const opts: ExtractOptions = {
        output: raw.output,
        workers: raw.workers === undefined ? undefined : positiveInt("--workers", raw.workers),
        maxBytes: raw.maxBytes === undefined ? undefined : parseBytes(raw.maxBytes),
      };
      setCode(await runExtract(paths, opts));
    });
}

/** The command without commander: returns the exit code; usage errors are thrown as UsageError. */
export async function runExtract(
  paths: string[], opts: ExtractOptions = {}, io: ExtractIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  if (paths.length === 0) throw new UsageError("USAGE", "extract: no input paths given", "kg extract <files or folders…> [-o out.jsonl]");
  const sink = await openSink(opts.output, io.stdout);
  const summary: ExtractSummary = { read: 0, skipped: 0, failed: 0 };
  try {
    const exclude = sink.path ? [sink.path] : [];
    const workers = opts.workers ?? defaultWorkers(await totalBytes(paths, exclude));
    const inputs = readInputs(paths, { maxBytes: opts.maxBytes, exclude, onSkip: () => summary.skipped++ });
    for await (const outcome of extractAll(inputs, { workers })) {
      if (outcome.ok) {
        summary.read++;
        await sink.write(`${JSON.stringify(outcome.record)}\n`);
      } else {
        summary.failed++;
        io.stderr.write(`kg: ${outcome.error.line()}\n`);
        if (process.env.KG_DEBUG && outcome.error.stack) io.stderr.write(`${outcome.error.stack}\n`);
      }
    }
    if (summary.read === 0 && summary.failed === 0) {
      throw new UsageError("NO_INPUTS", `extract: no input files found in ${paths.join(", ")}`,
        "give .txt, .text, .md, .html, .htm or .jsonl files, or folders that hold them");
    }
    await sink.commit();
  } catch (err) {
    await sink.abort();
    if (err instanceof OutputClosed) return summary.failed > 0 ? 1 : 0;
    throw err;
  }
  io.stderr.write(`kg: read ${summary.read}, skipped ${summary.skipped}, failed ${summary.failed}\n`);
  return summary.failed > 0 ? 1 : 0;
}

async function totalBytes(paths: string[], exclude: string[]): Promise<number> {
  let total = 0;
  for await (const entry of listInputs(paths, { exclude })) if ("size" in entry) total += entry.size;
  return total;
}

interface Sink {
  /** The output file, when there is one. */
  path?: string;
  write(s: string): Promise<void>;
  /** Flushes; for a file, renames the temporary file into place. */
  commit(): Promise<void>;
  /** Drops a half-written temporary file. */
  abort(): Promise<void>;
}

/** The reader of stdout went away (`kg extract … | head`): stop quietly, as Unix tools do. */
class OutputClosed extends Error {}

/** Buffers small records into larger writes and respects back-pressure. */
function bufferedWriter(stream: Writable) {
  let buf: string[] = [];
  let size = 0;
  let failed: Error | null = null;
  stream.on("error", (err) => {
    failed = err;
  });
  const flush = async () => {
    if (failed) throw (failed as NodeJS.ErrnoException).code === "EPIPE" ? new OutputClosed() : failed;
    if (size === 0) return;
    const chunk = buf.join("");
    buf = [];
    size = 0;
    if (!stream.write(chunk)) {
      await new Promise<void>((res) => {
        const done = () => {
          stream.off("drain", done);
          stream.off("error", done);
          stream.off("close", done);
          res();
        };
        stream.on("drain", done).on("error", done).on("close", done);
      });
      if (failed) throw (failed as NodeJS.ErrnoException).code === "EPIPE" ? new OutputClosed() : failed;
    }
  };
  return {
    async write(s: string) {
      buf.push(s);
      size += s.length;
      if (size >= 256 * 1024) await flush();
    },
    flush,
  };
}

async function openSink(output: string | undefined, stdout: Writable): Promise<Sink> {
  if (output === undefined || output === "-") {
    const w = bufferedWriter(stdout);
    return { write: w.write, commit: w.flush, abort: async () => {} };
  }
  const existing = await stat(output).catch(() => null);
  if (existing?.isDirectory()) {
    throw new UsageError("OUTPUT", `extract: cannot write ${output}: it is a folder`, "give a file path to -o");
  }
  const tmp = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  let handle;
  try {
    handle = await open(tmp, "w");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new UsageError("OUTPUT", `extract: cannot write ${output} (${code})`, "check that its folder exists and is writable");
  }
  const stream = handle.createWriteStream();
  const w = bufferedWriter(stream);
  const closed = new Promise<void>((res, rej) => {
    stream.once("close", () => res());
    stream.once("error", rej);
  });
  return {
    path: output,
    write: w.write,
    async commit() {
      await w.flush();
      stream.end();
      await closed;
      try {
        await rename(tmp, output);
      } catch (err) {
        await unlink(tmp).catch(() => {});
        const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
        throw new UsageError("OUTPUT", `extract: cannot write ${output} (${code})`, "check the output path");
      }
    },
    async abort() {
      stream.destroy();
      await closed.catch(() => {});
      await unlink(tmp).catch(() => {});
    },
  };
}

function positiveInt(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError("USAGE", `extract: ${flag} must be a whole number ≥ 1, not "${value}"`);
  return n;
}

const UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "20000000", "20MB", "1.5g" → bytes. */
export function parseBytes(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) {
    throw new UsageError("USAGE", `extract: --max-bytes must be a size such as 20000000 or 50MB, not "${value}"`);
  }
  return Math.floor(Number(m[1]) * unit);
}
