#!/usr/bin/env node
// Entry shim: runs the TypeScript CLI through tsx's loader, so `npx kg` works right after `npm ci`.
import { register } from "tsx/esm/api";
register();
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
