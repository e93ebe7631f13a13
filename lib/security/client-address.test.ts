import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, parseTrustProxy } from "./client-address";

const none = parseTrustProxy(undefined);

describe("client address: X-Forwarded-For only as far as TRUST_PROXY vouches", () => {
  it("by default the socket counts and a spoofed X-Forwarded-For is ignored", () => {
    for (const raw of [undefined, "", "false", "0", " FALSE "]) expect(parseTrustProxy(raw).kind).toBe("none");
    expect(clientAddress("203.0.113.9", "1.1.1.1", none)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9", ["1.1.1.1", "2.2.2.2"], none)).toBe("203.0.113.9");
    expect(clientAddress(undefined, "1.1.1.1", none)).toBe("local");
  });

  it("a hop count N takes the address N hops from the socket", () => {
    const one = parseTrustProxy("1");
    expect(clientAddress("10.0.0.2", "198.51.100.1", one)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.1", one)).toBe("198.51.100.1"); // what the client wrote itself is left of it
    expect(clientAddress("10.0.0.2", undefined, one)).toBe("10.0.0.2"); // nothing forwarded: the socket
    const two = parseTrustProxy("2");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.1, 10.0.0.1", two)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.2", "198.51.100.1", two)).toBe("198.51.100.1"); // fewer hops than proxies: the furthest
  });

  it("an address list walks X-Forwarded-For from the right while the hop is a trusted proxy", () => {
    const list = parseTrustProxy("10.0.0.0/8, 192.0.2.7, loopback, 2001:db8::/32");
    expect(clientAddress("10.1.2.3", "6.6.6.6, 198.51.100.1, 192.0.2.7", list)).toBe("198.51.100.1");
    expect(clientAddress("127.0.0.1", "198.51.100.1", list)).toBe("198.51.100.1");
    expect(clientAddress("203.0.113.5", "198.51.100.1", list)).toBe("203.0.113.5"); // not from a proxy: X-Forwarded-For ignored
    expect(clientAddress("10.1.2.3", "not-an-address, 10.9.9.9", list)).toBe("not-an-address"); // junk is never trusted
    expect(clientAddress("10.1.2.3", "10.0.0.5", list)).toBe("10.0.0.5"); // every hop trusted: the furthest
    expect(clientAddress("2001:db8::1", "2001:db9::5", list)).toBe("2001:db9::5");
    expect(clientAddress("::1", "[2001:db9::5]:443", list)).toBe("2001:db9::5");
  });

  it("IPv4-mapped IPv6 and IPv6 forms are one address, and match IPv4 ranges", () => {
    expect(normalizeAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeAddress("::FFFF:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeAddress("[2001:DB8::1]:8080")).toBe("2001:db8::1");
    expect(normalizeAddress("192.0.2.1:5555")).toBe("192.0.2.1");
    expect(clientAddress("::ffff:127.0.0.1", undefined, none)).toBe("127.0.0.1");
    expect(clientAddress("::ffff:10.0.0.9", "::ffff:198.51.100.1", parseTrustProxy("10.0.0.0/8"))).toBe("198.51.100.1");
    expect(clientAddress("::1", "198.51.100.1", parseTrustProxy("::1"))).toBe("198.51.100.1");
  });

  it("refuses a malformed TRUST_PROXY with a clear message", () => {
    for (const bad of ["true", "10.0.0.0/33", "::1/129", "proxy.example", "10.0.0.1/8/1", "1.2.3"])
      expect(() => parseTrustProxy(bad), bad).toThrow(/^TRUST_PROXY: /);
  });
});
