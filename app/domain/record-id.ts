/**
 * The number of a stored record (lead, user, inbox, mailbox message) as it appears in an
 * address: digits only, no sign, no leading zero, a safe integer. Anything else names no record,
 * so a route answers 404 without asking the database.
 */
export function parseRecordId(value: string | undefined): number | null {
  if (value === undefined || !/^[1-9][0-9]{0,15}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}
