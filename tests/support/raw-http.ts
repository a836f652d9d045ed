import http from "node:http";

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/**
 * A GET (or HEAD) with exactly the headers given, answered with the bytes as sent: no
 * decompression, no added Accept-Encoding, repeated headers when a value is a list.
 */
export function rawRequest(
  url: string,
  headers: Record<string, string | string[]> = {},
  method = "GET",
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method });
    for (const [name, value] of Object.entries(headers)) request.setHeader(name, value);
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}
