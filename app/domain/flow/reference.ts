// Crockford's alphabet without I, L, O and U: no letter can be misread as a digit on the phone.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const REFERENCE_LENGTH = 6;
export const REFERENCE_PATTERN = /^ID-[0-9A-HJKMNP-TV-Z]{6}$/;

/** A short public reference such as ID-7K3F9Q, from caller-supplied random bytes. */
export function publicReference(randomBytes: Uint8Array): string {
  if (randomBytes.length < REFERENCE_LENGTH) throw new Error(`Need ${REFERENCE_LENGTH} random bytes`);
  let reference = "ID-";
  for (let index = 0; index < REFERENCE_LENGTH; index += 1) reference += ALPHABET[(randomBytes[index] ?? 0) % 32];
  return reference;
}
