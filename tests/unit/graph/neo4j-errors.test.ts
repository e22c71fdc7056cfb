// Driver errors become one-line StoreErrors with a code and a hint (the error objects are the driver's own).
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { mapNeo4jError } from "../../../graph/store/neo4j.ts";

describe("mapNeo4jError", () => {
  it.each([
    ["ServiceUnavailable", "STORE_UNREACHABLE", /NEO4J_URI/],
    ["SessionExpired", "STORE_UNREACHABLE", /NEO4J_URI/],
    ["Neo.ClientError.Security.Unauthorized", "STORE_AUTH", /NEO4J_USERNAME and NEO4J_PASSWORD/],
    ["Neo.ClientError.Database.DatabaseNotFound", "STORE_MISSING", /NEO4J_DATABASE/],
    ["Neo.ClientError.Statement.SyntaxError", "STORE_ERROR", /KG_DEBUG/],
  ])("maps %s to %s", (driverCode, code, hint) => {
    const err = mapNeo4jError(new Neo4jError("first line\nsecond line", driverCode, "", ""), "neo4j://db:7687");
    expect(err.code).toBe(code);
    expect(err.hint).toMatch(hint);
    expect(err.line()).not.toContain("\n");
  });
});
