// --max-bytes accepts plain byte counts and sizes with units; anything else is a usage error.
import { describe, expect, it } from "vitest";
import { parseBytes } from "../../../bin/commands/extract.ts";
import { UsageError } from "../../../ingest/errors.ts";

describe("parseBytes", () => {
  it.each([
    ["20000000", 20_000_000],
    ["2KB", 2048],
    ["50mb", 50 * 1024 ** 2],
    ["1.5G", 1.5 * 1024 ** 3],
  ])("%s → %d", (raw, bytes) => {
    expect(parseBytes(raw)).toBe(bytes);
  });

  it.each(["", "0", "-5", "ten", "5 parsecs"])("refuses %j", (raw) => {
    expect(() => parseBytes(raw)).toThrow(UsageError);
  });
});
