import { REFERENCE_PATTERN } from "../flow/reference";

/**
 * Replies find their lead through the address they were sent to: the lead's inbox address with
 * the lead's public reference as a plus tag, `privacy+ID-7K3F9Q@firm.example` (decision 026).
 * Mail systems may change the case of the local part, so the tag is read case-insensitively.
 */

/** `team@firm.example` and `ID-7K3F9Q` → `team+ID-7K3F9Q@firm.example`; an existing tag is replaced. */
export function replyAddress(inboxAddress: string, publicRef: string): string {
  const { local, domain } = splitAddress(bareAddress(inboxAddress)) ?? { local: inboxAddress, domain: "" };
  const base = local.split("+")[0] ?? local;
  return `${base}+${publicRef}@${domain}`;
}

/** `Ada <ada@bank.example>` → `ada@bank.example`; a bare address comes back trimmed. */
export function bareAddress(address: string): string {
  const angled = /<([^<>]+)>\s*$/.exec(address);
  return (angled?.[1] ?? address).trim();
}

function splitAddress(address: string): { local: string; domain: string } | null {
  const at = address.lastIndexOf("@");
  if (at <= 0 || at === address.length - 1) return null;
  return { local: address.slice(0, at), domain: address.slice(at + 1) };
}

/** The lead reference a recipient address carries as its plus tag, or null when it carries none. */
export function referenceFromAddress(address: string): string | null {
  const parts = splitAddress(bareAddress(address));
  if (!parts) return null;
  const plus = parts.local.indexOf("+");
  if (plus < 0) return null;
  const tag = parts.local.slice(plus + 1).toUpperCase();
  return REFERENCE_PATTERN.test(tag) ? tag : null;
}

/**
 * The one lead reference among the recipients of a received email. Two different references
 * (a reply sent to two leads' threads at once) match no lead rather than the wrong one.
 */
export function referenceFromRecipients(addresses: readonly string[]): string | null {
  const found = new Set(addresses.map(referenceFromAddress).filter((ref): ref is string => ref !== null));
  return found.size === 1 ? [...found][0]! : null;
}
