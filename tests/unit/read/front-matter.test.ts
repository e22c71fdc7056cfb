// splitFrontMatter on strings written for each case.
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../../ingest/front-matter.ts";

describe("splitFrontMatter", () => {
  it.each([
    ["key lines above ---", "title: T\ndate: 2024-01-02\n---\nBody.", { title: "T", date: "2024-01-02" }, "Body."],
    ["YAML-style opening rule", "---\ntitle: T\n---\nBody.", { title: "T" }, "Body."],
    ["quoted values are unquoted", 'title: "Quoted: yes"\n---\nBody.', { title: "Quoted: yes" }, "Body."],
    ["unknown keys are ignored", "title: T\nauthor: A\n---\nBody.", { title: "T" }, "Body."],
    ["blank lines between keys", "title: T\n\nsource: S\n---\nBody.", { title: "T", source: "S" }, "Body."],
  ])("%s", (_name, text, fields, body) => {
    expect(splitFrontMatter(text)).toEqual({ fields, body });
  });

  it.each([
    ["prose above the rule", "Officials said: talks went well and more.\nAnother line\n---\nMore."],
    ["only unknown keys", "note: something\n---\nBody."],
    ["no rule at all", "title: T\nBody without a rule."],
  ])("not front matter: %s", (_name, text) => {
    expect(splitFrontMatter(text)).toEqual({ fields: {}, body: text });
  });
});
