// parseDate: the formats we accept, and the ones we refuse rather than guess.
import { describe, expect, it } from "vitest";
import { parseDate } from "../../../ingest/parse-date.ts";

describe("parseDate", () => {
  it.each([
    ["2024-04-12", "2024-04-12", false],
    ["12 April 2024", "2024-04-12", false],
    ["April 12, 2024", "2024-04-12", false],
    ["Apr. 12 2024", "2024-04-12", false],
    ["Friday, 12 April 2024", "2024-04-12", false],
    ["2024-04-12T23:30:00-05:00", "2024-04-12", false],
    ["2024-04-12 approx", "2024-04-12", true],
    ["approx. 12 April 2024", "2024-04-12", true],
  ])("%s → %s", (raw, date, approx) => {
    expect(parseDate(raw)).toEqual({ date, approx });
  });

  it.each(["04/12/2024", "2024-02-30", "31 April 2024", "spring 2024", "Marchx 3, 2024", "", "2024"])(
    "refuses %j",
    (raw) => {
      expect(parseDate(raw).date).toBeNull();
    },
  );
});
