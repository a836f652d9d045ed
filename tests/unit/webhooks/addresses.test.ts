import { describe, expect, it } from "vitest";
import { UnsafeAddressError, isPublicAddress, resolvePublicAddresses } from "~/server/webhooks/addresses.server";

describe("which addresses a webhook may go to", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.10", "private"],
    ["169.254.169.254", "the cloud metadata service"],
    ["169.254.1.1", "link-local"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["0.0.0.0", "this network"],
    ["0.1.2.3", "this network"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["::1", "IPv6 loopback"],
    ["::", "unspecified"],
    ["fe80::1", "IPv6 link-local"],
    ["fd12:3456::1", "unique local"],
    ["fc00::1", "unique local"],
    ["ff02::1", "IPv6 multicast"],
    ["::ffff:127.0.0.1", "loopback written as IPv4-mapped IPv6"],
    ["::ffff:7f00:1", "loopback written as IPv4-mapped IPv6 in hex"],
    ["[::1]", "a bracketed IPv6 loopback"],
    ["not-an-address", "something that is not an address"],
  ])("refuses %s (%s)", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])(
    "accepts the public address %s",
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  it("refuses a host name when any of its addresses is private, even if another is public", async () => {
    const resolve = async () => [
      { address: "93.184.215.14", family: 4 },
      { address: "10.0.0.5", family: 4 },
    ];
    await expect(resolvePublicAddresses("crm.example.com", { allowPrivate: false, resolve })).rejects.toThrow(
      "crm.example.com points to 10.0.0.5",
    );
  });

  it("refuses a private IP literal without resolving anything", async () => {
    const resolve = async () => {
      throw new Error("must not be asked");
    };
    await expect(resolvePublicAddresses("192.168.0.1", { allowPrivate: false, resolve })).rejects.toBeInstanceOf(
      UnsafeAddressError,
    );
  });

  it("says a host that does not resolve could not be found", async () => {
    const resolve = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    await expect(resolvePublicAddresses("nowhere.invalid", { allowPrivate: false, resolve })).rejects.toThrow(
      "could not be found",
    );
  });

  it("lets private addresses through when the setting allows them", async () => {
    const resolve = async () => [{ address: "127.0.0.1", family: 4 }];
    await expect(resolvePublicAddresses("localhost", { allowPrivate: true, resolve })).resolves.toEqual([
      { address: "127.0.0.1", family: 4 },
    ]);
  });
});
