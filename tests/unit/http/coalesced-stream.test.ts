import { describe, expect, it } from "vitest";
import { coalescedStream } from "~/server/http/coalesced-stream.server";

/** Collects what comes out of the stream, chunk by chunk, as text. */
function collect(stream: NodeJS.ReadableStream): string[] {
  const chunks: string[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  return chunks;
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("a stream that joins the pieces of one turn", () => {
  it("passes on the pieces written in one turn as a single chunk", async () => {
    const stream = coalescedStream();
    const chunks = collect(stream);
    for (const piece of ["<html>", "<body>", "<p>Hello</p>"]) stream.write(piece);
    await nextTurn();
    await nextTurn();
    expect(chunks).toEqual(["<html><body><p>Hello</p>"]);
  });

  it("passes on a piece written in a later turn without waiting for the end", async () => {
    const stream = coalescedStream();
    const chunks = collect(stream);
    stream.write("<p>shell</p>");
    await nextTurn();
    await nextTurn();
    stream.write("<p>later</p>");
    await nextTurn();
    await nextTurn();
    expect(chunks).toEqual(["<p>shell</p>", "<p>later</p>"]);
    stream.end();
  });

  it("passes on at once what reaches the limit, without waiting for the turn to end", () => {
    const stream = coalescedStream(10);
    const chunks = collect(stream);
    stream.write("12345");
    stream.write("67890");
    stream.write("ab");
    expect(chunks).toEqual(["1234567890"]);
    stream.end();
  });

  it("passes on what is left when it ends, every byte in order", async () => {
    const stream = coalescedStream(8);
    const chunks = collect(stream);
    const ended = new Promise((resolve) => stream.on("end", resolve));
    const text = "Überprüfung, 42 € — ok";
    for (const piece of text.match(/.{1,3}/gu) ?? []) stream.write(piece);
    stream.end();
    await ended;
    expect(chunks.join("")).toBe(text);
  });
});
