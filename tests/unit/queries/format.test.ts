// Output formats: the same rows as an aligned table, JSON, CSV and Markdown.
import { describe, expect, it } from "vitest";
import { formatRows, parseFormat } from "../../../queries/format.ts";

const result = {
  columns: ["actor", "asserted", "weapons", "lastDate"],
  rows: [
    { actor: "North Korea", asserted: 2, weapons: ["ballistic missiles", "shells"], lastDate: "2024-11-29" },
    { actor: "Iran | IR", asserted: 1, weapons: [], lastDate: null },
  ],
};

describe("formatRows", () => {
  it("table: aligned columns under a header and a rule", () => {
    expect(formatRows(result, "table")).toBe(
      [
        "actor        asserted  weapons                     lastDate",
        "-----------  --------  --------------------------  ----------",
        "North Korea  2         ballistic missiles, shells  2024-11-29",
        "Iran | IR    1",
        "",
      ].join("\n"),
    );
  });
  it("table: says so when there are no rows", () => {
    expect(formatRows({ columns: ["a"], rows: [] }, "table")).toContain("(no rows)");
  });
  it("json: the rows as they are", () => {
    expect(JSON.parse(formatRows(result, "json"))).toEqual(result.rows);
  });
  it("csv: a header and one record per row, lists joined", () => {
    expect(formatRows(result, "csv")).toBe("actor,asserted,weapons,lastDate\nNorth Korea,2,\"ballistic missiles, shells\",2024-11-29\nIran | IR,1,,\n");
  });
  it("md: a pipe table with | escaped", () => {
    const md = formatRows(result, "md").split("\n");
    expect(md[0]).toBe("| actor | asserted | weapons | lastDate |");
    expect(md[1]).toBe("| --- | --- | --- | --- |");
    expect(md[3]).toBe("| Iran \\| IR | 1 |  |  |");
  });
});

describe("parseFormat", () => {
  it("refuses an unknown format (BAD_FORMAT)", () => {
    expect(() => parseFormat("xml")).toThrow(expect.objectContaining({ code: "BAD_FORMAT" }));
  });
});
