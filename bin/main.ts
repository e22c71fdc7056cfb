// The `kg` command: wires the subcommands and turns every error into one line and an exit code.
// Exit codes: 0 all inputs fine; 1 some inputs failed (the rest written); 2 usage, configuration or store error.
import { Command, CommanderError } from "commander";
import { KgError, UsageError } from "../ingest/errors.ts";
import { registerExtract } from "./commands/extract.ts";
import { registerBuild } from "./commands/build.ts";
import { registerQuery } from "./commands/query.ts";
import { registerExport } from "./commands/export.ts";
import { registerServe } from "./commands/serve.ts";

export type CommandResult = number | void;

export async function main(argv: string[]): Promise<number> {
  const program = new Command("kg")
    .description("Knowledge graphs from international-affairs news: actors, weapons, places, events and the relations between them, each with its evidence.")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError("(run with --help for usage)");
  let code = 0;
  const setCode = (c: CommandResult) => {
    if (typeof c === "number") code = c;
  };
  registerExtract(program, setCode);
  registerBuild(program, setCode);
  registerQuery(program, setCode);
  registerExport(program, setCode);
  registerServe(program, setCode);
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (err) {
    return reportError(err);
  }
}

export function reportError(err: unknown): number {
  if (err instanceof CommanderError) {
    // commander already printed its message (or the help text)
    return err.exitCode === 0 ? 0 : 2;
  }
  if (err instanceof KgError) {
    process.stderr.write(`kg: ${err.line()}\n`);
    if (process.env.KG_DEBUG) process.stderr.write(`${err.stack}\n`);
    return err instanceof UsageError || err.name !== "InputError" ? 2 : 1;
  }
  const e = err as Error;
  process.stderr.write(`kg: unexpected error: ${e?.message ?? String(err)} — set KG_DEBUG=1 for details and report it\n`);
  if (process.env.KG_DEBUG) process.stderr.write(`${e?.stack}\n`);
  return 2;
}
