import type { Command } from "commander";
import type { CommandResult } from "../main.ts";

export function registerExport(program: Command, setCode: (c: CommandResult) => void): void {
  void program; void setCode;
}
