import { Transform } from "node:stream";

/** The most a coalesced chunk holds before it is passed on without waiting for the turn to end. */
export const COALESCE_LIMIT_BYTES = 64 * 1024;

/**
 * A pass-through stream that joins the chunks written in one turn of the event loop into one.
 *
 * React's renderer writes a page in forty or so small pieces, all in the same turn once the
 * loaders are done. Each piece went through the compressor as a job of its own on the thread
 * pool and out to the socket in a write of its own: about a fifth of an inbox request's time on
 * this machine. Joined, a page goes out in one or two writes. Streaming is kept: what React writes
 * in a later turn (a boundary that waited for data) is passed on at the end of that turn.
 */
export function coalescedStream(limitBytes = COALESCE_LIMIT_BYTES): Transform {
  let parts: Buffer[] = [];
  let size = 0;
  let scheduled = false;
  const passOn = () => {
    scheduled = false;
    if (size === 0) return;
    stream.push(parts.length === 1 ? parts[0] : Buffer.concat(parts, size));
    parts = [];
    size = 0;
  };
  const stream: Transform = new Transform({
    transform(chunk: Buffer | string, encoding, done) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk;
      parts.push(bytes);
      size += bytes.length;
      if (size >= limitBytes) passOn();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(passOn);
      }
      done();
    },
    flush(done) {
      passOn();
      done();
    },
  });
  return stream;
}
