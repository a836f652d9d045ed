import { getEnv } from "../env.server";

/** An instant as the admin pages show it, the same on the server and in any browser. */
export function shownTime(iso: string | null): string | null {
  return iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : null;
}

/** The rules for endpoint addresses in this deployment: https in production, private networks only when allowed. */
export function endpointRules(): { requireHttps: boolean; allowPrivate: boolean } {
  const env = getEnv();
  return { requireHttps: env.isProduction, allowPrivate: env.webhooksAllowPrivateNetworks };
}
