import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** A random, URL-safe secret of 256 bits. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What is stored in place of a token: finding the row needs the token, the row does not reveal it. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A keyed, deterministic token: the same purpose and subject always give the same value. */
export function derivedToken(secret: string, purpose: string, subject: string): string {
  return createHmac("sha256", secret).update(`${purpose}:${subject}`).digest("base64url");
}

export function signValue(secret: string, value: string): string {
  return `${value}.${derivedToken(secret, "signed-value", value)}`;
}

/** The value inside a signed string, or null when the signature does not match. */
export function unsignValue(secret: string, signed: string): string | null {
  const dot = signed.lastIndexOf(".");
  if (dot <= 0) return null;
  const value = signed.slice(0, dot);
  const expected = Buffer.from(derivedToken(secret, "signed-value", value));
  const given = Buffer.from(signed.slice(dot + 1));
  return expected.length === given.length && timingSafeEqual(expected, given) ? value : null;
}
