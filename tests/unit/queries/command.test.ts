// `kg query` / `kg cypher` argument handling that needs no database: --param parsing, --list, usage errors.
import { describe, expect, it } from "vitest";
import { parseParams, runQueryCommand } from "../../../bin/commands/query.ts";
import { CATALOG } from "../../../queries/catalog/index.ts";

const capture = () => {
  let text = "";
  return { io: { stdout: { write: (s: string) => ((text += s), true) } as never }, text: () => text };
};

describe("parseParams", () => {
  it("splits on the first '=' only", () => {
    expect(parseParams(["actor=North Korea", "q=a=b"])).toEqual({ actor: "North Korea", q: "a=b" });
  });
  it.each([["actor"], ["=x"]])("refuses %s without key=value (BAD_PARAM)", (pair) => {
    expect(() => parseParams([pair])).toThrow(expect.objectContaining({ code: "BAD_PARAM" }));
  });
  it("refuses a parameter given twice", () => {
    expect(() => parseParams(["actor=a", "actor=b"])).toThrow(expect.objectContaining({ code: "BAD_PARAM" }));
  });
});

describe("kg query without a store", () => {
  it("--list prints every query as a table", async () => {
    const c = capture();
    expect(await runQueryCommand(undefined, { list: true }, c.io)).toBe(0);
    const lines = c.text().trimEnd().split("\n");
    expect(lines[0]).toMatch(/^name\s+params\s+description$/);
    expect(lines.length).toBe(CATALOG.length + 2);
  });
  it("--list --format md prints a Markdown table", async () => {
    const c = capture();
    await runQueryCommand(undefined, { list: true, format: "md" }, c.io);
    expect(c.text().split("\n")[0]).toBe("| name | params | description |");
  });
  it("no query name is a usage error", async () => {
    await expect(runQueryCommand(undefined, {}, capture().io)).rejects.toMatchObject({ name: "UsageError" });
  });
  it("an unknown --format is a usage error", async () => {
    await expect(runQueryCommand(undefined, { list: true, format: "xml" }, capture().io)).rejects.toMatchObject({ code: "BAD_FORMAT" });
  });
});
