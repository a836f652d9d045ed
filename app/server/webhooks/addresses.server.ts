import { lookup as dnsLookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/**
 * Addresses a webhook may not be sent to unless private networks are allowed: everything that is
 * not a public unicast address on the internet. A request from the server to one of these would
 * reach its own machine, the cloud's metadata service or the internal network (SSRF).
 */
const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this" network
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, including the metadata service 169.254.169.254
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved and broadcast
] as const)
  NON_PUBLIC.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["64:ff9b::", 96], // NAT64 (may reach private IPv4)
  ["64:ff9b:1::", 48], // local NAT64
  ["100::", 64], // discard
  ["2001::", 23], // protocol assignments (Teredo and others)
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4 (may carry a private IPv4)
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
] as const)
  NON_PUBLIC.addSubnet(network, prefix, "ipv6");

/**
 * IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) reach the IPv4 address they carry, so they are
 * judged as that address. (A BlockList compares IPv4 addresses with IPv4-mapped IPv6 rules, so the
 * range cannot simply be listed among the refused ones: every IPv4 address would match it.)
 */
const MAPPED = new BlockList();
MAPPED.addSubnet("::ffff:0:0", 96, "ipv6");

function mappedIpv4(address: string): string | null {
  if (!MAPPED.check(address, "ipv6")) return null;
  // The URL parser writes any IPv6 form the same way, the last 32 bits as two hex groups.
  const groups = /:([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/.exec(new URL(`http://[${address}]/`).hostname);
  if (!groups) return null;
  const high = parseInt(groups[1] as string, 16);
  const low = parseInt(groups[2] as string, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** Whether `address` (an IP literal) is a public unicast address; anything that is not an address is not. */
export function isPublicAddress(address: string): boolean {
  const unbracketed = address.replace(/^\[(.*)\]$/, "$1");
  const family = isIP(unbracketed);
  if (family === 0) return false;
  if (family === 6) {
    const carried = mappedIpv4(unbracketed);
    if (carried) return isPublicAddress(carried);
  }
  return !NON_PUBLIC.check(unbracketed, family === 4 ? "ipv4" : "ipv6");
}

/** Why a host may not receive webhooks; the message is shown to the administrator and stored with a delivery. */
export class UnsafeAddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnsafeAddressError";
  }
}

export type ResolvedAddress = { address: string; family: number };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Resolves `hostname` and checks every address it has; any non-public one refuses the whole host
 * (a name that resolves to both could be answered either way). Returns the checked addresses,
 * which the caller must connect to (not resolve the name again).
 */
export async function resolvePublicAddresses(
  hostname: string,
  { allowPrivate, resolve = systemResolver }: { allowPrivate: boolean; resolve?: Resolver },
): Promise<ResolvedAddress[]> {
  const literal = hostname.replace(/^\[(.*)\]$/, "$1");
  const family = isIP(literal);
  let addresses: ResolvedAddress[];
  if (family !== 0) {
    addresses = [{ address: literal, family }];
  } else {
    try {
      addresses = await resolve(hostname);
    } catch {
      throw new UnsafeAddressError(`The host ${hostname} could not be found.`);
    }
    if (addresses.length === 0) throw new UnsafeAddressError(`The host ${hostname} could not be found.`);
  }
  if (!allowPrivate) {
    const blocked = addresses.find((entry) => !isPublicAddress(entry.address));
    if (blocked)
      throw new UnsafeAddressError(
        family !== 0
          ? `${literal} is a private, loopback or otherwise non-public address.`
          : `${hostname} points to ${blocked.address}, a private, loopback or otherwise non-public address.`,
      );
  }
  return addresses;
}
