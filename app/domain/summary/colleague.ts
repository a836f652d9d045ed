/**
 * A summary may be sent only to a colleague: an address at the same domain as the visitor's own,
 * so the form cannot be used to mail strangers. Compared case-insensitively, whole domain only
 * ("acme.example" is not "mail.acme.example").
 */
export function emailDomain(address: string): string | null {
  const at = address.lastIndexOf("@");
  if (at < 1 || at === address.length - 1) return null;
  return address
    .slice(at + 1)
    .trim()
    .toLowerCase();
}

export function isColleagueAddress(visitorEmail: string, colleagueEmail: string): boolean {
  const own = emailDomain(visitorEmail);
  return own !== null && own === emailDomain(colleagueEmail);
}
