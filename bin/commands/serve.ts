// `kg serve [--port N] [--db PATH]`: the viewer and its read-only API on 127.0.0.1. The first stdout line is
// exactly the URL (scripts read it); everything else goes to stderr.
import { existsSync } from "node:fs";
import type { Command } from "commander";
import { StoreError, UsageError } from "../../ingest/errors.ts";
import type { CommandResult } from "../main.ts";

export const DEFAULT_PORT = 8765;

export function registerServe(program: Command, setCode: (c: CommandResult) => void): void {
  program
    .command("serve")
    .description("Serve the graph viewer and a read-only API on 127.0.0.1 (the first line printed is the URL)")
    .option("--port <n>", `port to listen on; 0 picks a free one (default ${DEFAULT_PORT})`)
    .option("--db <path>", "Kuzu database file (default .kg/graph.kuzu)")
    .action(async (opts: { port?: string; db?: string }) => {
      const port = opts.port === undefined ? DEFAULT_PORT : Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new UsageError("bad-port", `--port ${opts.port} is not a port number`, "give 0-65535 (0 picks a free port)");
      }
      const { DEFAULT_DB_PATH } = await import("../../graph/store/open.ts");
      const db = opts.db ?? DEFAULT_DB_PATH;
      if (!process.env.NEO4J_URI && !existsSync(db)) {
        throw new StoreError("no-database", `no graph database at ${db}`, `run \`kg build <articles…>${opts.db ? ` --db ${opts.db}` : ""}\` first`);
      }
      if (process.env.NEO4J_URI && opts.db) process.stderr.write(`kg: NEO4J_URI is set, so --db ${opts.db} is ignored\n`);
      const { startServer } = await import("../../viewer/server/serve.ts");
      let running;
      try {
        running = await startServer({ port, db: process.env.NEO4J_URI ? undefined : db, host: "127.0.0.1" });
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (err.code === "EADDRINUSE") throw new UsageError("port-in-use", `port ${port} is already in use`, "pass --port 0 to pick a free one, or another --port");
        throw e;
      }
      process.stdout.write(`${running.url}\n`);
      process.stderr.write(`kg serve: viewer and read-only API on ${running.url} (Ctrl-C to stop)\n`);
      await new Promise<void>((done) => {
        const stop = () => void running.close().then(done);
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      setCode(0);
    });
}
