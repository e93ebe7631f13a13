// Which address a request comes from, for the per-address budgets. The production server
// (scripts/serve.ts) works it out once per request from the socket and TRUST_PROXY, and hands it
// on in CLIENT_ADDRESS_HEADER (any copy the client sent is dropped first); clientIp() reads only that.
// X-Forwarded-For is believed only as far as TRUST_PROXY says proxies stand in front of the app:
// anyone can send that header, so trusting it by default let a client dodge every limit.
import net from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-client-address";

export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; list: net.BlockList };

const NAMED: Record<string, [string, number, "ipv4" | "ipv6"][]> = {
  loopback: [
    ["127.0.0.0", 8, "ipv4"],
    ["::1", 128, "ipv6"],
  ],
  private: [
    ["10.0.0.0", 8, "ipv4"],
    ["172.16.0.0", 12, "ipv4"],
    ["192.168.0.0", 16, "ipv4"],
    ["fc00::", 7, "ipv6"],
  ],
};

/**
 * TRUST_PROXY: unset, "false" or "0": no proxy (the socket's address counts); a number N: the N
 * nearest hops are proxies; else a comma list of proxy addresses, CIDR ranges, "loopback", "private".
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim().toLowerCase() ?? "";
  if (value === "" || value === "false" || value === "0") return { kind: "none" };
  if (/^\d{1,2}$/.test(value)) return { kind: "hops", hops: Number(value) };
  const list = new net.BlockList();
  for (const entry of value
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address, bits, extra] = entry.split("/");
    const family = net.isIP(address);
    const prefix = bits === undefined ? (family === 4 ? 32 : 128) : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
    if (NAMED[entry]) for (const [a, p, f] of NAMED[entry]) list.addSubnet(a, p, f);
    else if (family && extra === undefined && prefix <= (family === 4 ? 32 : 128))
      list.addSubnet(address, prefix, family === 4 ? "ipv4" : "ipv6");
    else throw new Error(`TRUST_PROXY: "${entry}" is not a hop count, an address, a CIDR range, "loopback" or "private"`);
  }
  return { kind: "list", list };
}

/** One spelling per address: no brackets or port, IPv4-mapped IPv6 (::ffff:1.2.3.4) as IPv4. */
export function normalizeAddress(raw: string): string {
  let a = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(a);
  return (mapped ? mapped[1] : a.toLowerCase()).slice(0, 100);
}

const trusted = (list: net.BlockList, address: string) => {
  const family = net.isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
};

/** The client's address: the socket's, or an X-Forwarded-For hop as far as the trusted proxies vouch for it. */
export function clientAddress(remote: string | undefined, forwardedFor: string | string[] | undefined, trust: TrustProxy): string {
  const socket = remote ? normalizeAddress(remote) : "local";
  if (trust.kind === "none") return socket;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map(normalizeAddress)
    .filter(Boolean);
  const chain = [...forwarded, socket]; // nearest hop last
  if (trust.kind === "hops") return chain[Math.max(0, chain.length - 1 - trust.hops)];
  let i = chain.length - 1;
  while (i > 0 && trusted(trust.list, chain[i])) i--;
  return chain[i];
}
