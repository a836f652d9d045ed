import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { withStatementCache } from "~/server/storage/sqlite.server";

describe("the connection Kysely uses", () => {
  it("prepares each statement once and reuses it for the same SQL", () => {
    const connection = withStatementCache(new SQLite(":memory:"));
    const first = connection.prepare("select ? as value");
    expect(connection.prepare("select ? as value")).toBe(first);
    expect(first.get(7)).toEqual({ value: 7 });
    connection.close();
  });

  it("keeps at most its size of statements, dropping the least recently used", () => {
    const connection = withStatementCache(new SQLite(":memory:"), 2);
    const one = connection.prepare("select 1");
    connection.prepare("select 2");
    connection.prepare("select 1");
    connection.prepare("select 3");
    expect([...connection.statements.keys()]).toEqual(["select 1", "select 3"]);
    expect(connection.prepare("select 1")).toBe(one);
    connection.close();
  });
});
