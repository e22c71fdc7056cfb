// A date printed at the top of a story is the article's date; none printed means null, never a guess.
import { describe, expect, it } from "vitest";
import { dateFromText } from "../../../ingest/pipeline.ts";
import { extract } from "./_extract.ts";
import { datesIn } from "../../../ingest/event-dates.ts";

describe("article dates from the text", () => {
  it.each([
    ["Headline\n\nMonday, 03 Mar 2025\n\nChile condemned Peru.", "2025-03-03"],
    ["Headline\nFriday, 7 February 2025 —\nChile condemned Peru.", "2025-02-07"],
    ["March 9, 2025\nChile condemned Peru.", "2025-03-09"],
  ])("%j", (text, date) => {
    expect(dateFromText(text)).toBe(date);
  });
  it("no date near the top gives null", () => {
    expect(dateFromText("Chile condemned Peru on Monday.\nThe talks began in 2019.")).toBeNull();
  });
  it("a date deep inside a sentence is not the publication date", () => {
    expect(dateFromText("Chile said on March 9, 2025 that it had condemned Peru's decision to expel its envoy.")).toBeNull();
  });
  it("evidence carries the article and date", () => {
    const ev = extract("Chile condemned Argentina on Monday.").claims[0].evidence[0];
    expect(ev).toMatchObject({ article: "t.txt", date: "2025-01-01", rule: "condemns.verb" });
  });
});

describe("articles without a date", () => {
  it("'three days after' dates nothing when the article has no date", () => {
    expect(datesIn("Chile launched the operation on Oct. 9, three days after the vote.", null)).toEqual([]);
  });
});
