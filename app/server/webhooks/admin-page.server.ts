import { formatInstant } from "../../domain/date-format";
import { getEnv } from "../env.server";

/** An instant as the admin pages show it: in the business time zone, the same on the server and in any browser. */
export function shownTime(iso: string | null, timeZone: string): string | null {
  return iso ? formatInstant(iso, timeZone) : null;
}

/** The rules for endpoint addresses in this deployment: https in production, private networks only when allowed. */
export function endpointRules(): { requireHttps: boolean; allowPrivate: boolean } {
  const env = getEnv();
  return { requireHttps: env.isProduction, allowPrivate: env.webhooksAllowPrivateNetworks };
}
