import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnv } from "../env";
// Names the tests make up resolve here; any other name goes to the real resolver.
const fakeDns: Record<string, { address: string; family: number }[]> = {};
vi.mock("node:dns/promises", async (original) => {
  const real = await original<typeof import("node:dns/promises")>();
  return {
    ...real,
    lookup: (host: string, options: object) => (fakeDns[host] ? Promise.resolve(fakeDns[host]) : real.lookup(host, options as never)),
  };
});

import { FetchError, isPublicAddress, MAX_PAGE_BYTES, parseLink, safeFetch } from "./safe-fetch";

describe("isPublicAddress: only ordinary public unicast addresses", () => {
  it("IPv4", () => {
    for (const ip of ["8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "100.128.0.1", "192.169.1.1"])
      expect(isPublicAddress(ip), ip).toBe(true);
    for (const ip of [
      "127.0.0.1",
      "127.255.255.254",
      "10.0.0.1",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "100.127.255.255",
      "0.0.0.0",
      "224.0.0.1",
      "239.255.255.250",
      "255.255.255.255",
      "192.0.2.1",
    ])
      expect(isPublicAddress(ip), ip).toBe(false);
  });

  it("IPv6", () => {
    for (const ip of ["2606:4700:4700::1111", "2a00:1450:4001:80b::200e"]) expect(isPublicAddress(ip), ip).toBe(true);
    for (const ip of ["::1", "::", "fe80::1", "fe80::1%eth0", "fc00::1", "fd12:3456::1", "ff02::1", "2001:db8::1", "febf::1"])
      expect(isPublicAddress(ip), ip).toBe(false);
  });

  it("IPv4 inside IPv6: mapped, NAT64 and 6to4 forms are judged by their IPv4 address", () => {
    for (const ip of [
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "::ffff:10.1.2.3",
      "::ffff:169.254.169.254",
      "64:ff9b::a9fe:a9fe",
      "2002:c0a8:0101::1",
      "::127.0.0.1",
    ])
      expect(isPublicAddress(ip), ip).toBe(false);
    expect(isPublicAddress("::ffff:8.8.8.8")).toBe(true);
    expect(isPublicAddress("64:ff9b::808:808")).toBe(true);
  });

  it("anything that is not an address is not public", () => {
    for (const v of ["", "localhost", "1.2.3", "1.2.3.4.5", "::ffff:1.2.3.400", "gggg::1"]) expect(isPublicAddress(v), v).toBe(false);
  });
});

describe("parseLink: http(s) links without credentials", () => {
  it("refuses other schemes and user names", () => {
    for (const bad of ["ftp://shop.example/x", "file:///etc/passwd", "javascript:alert(1)", "gopher://x", "shop.example/x"])
      expect(() => parseLink(bad), bad).toThrow(FetchError);
    expect(() => parseLink("https://user:pw@shop.example/")).toThrow(/without a user name or password/);
    expect(parseLink(" https://shop.example:8443/p?id=1#reviews ").href).toBe("https://shop.example:8443/p?id=1");
  });
});

describe("safeFetch against a local server", () => {
  let server: http.Server;
  let port = 0;
  const seen: http.IncomingHttpHeaders[] = [];
  const saved = { ...process.env };

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push(req.headers);
      const send = (status: number, body: string | Buffer, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "text/html; charset=utf-8", "set-cookie": "session=1", ...headers });
        res.end(body);
      };
      if (req.url === "/ok") return send(200, "<title>ok</title>");
      if (req.url === "/to-private") return send(302, "", { location: "http://127.0.0.1:9/admin" });
      if (req.url === "/to-ok") return send(301, "", { location: "/ok" });
      if (req.url?.startsWith("/loop")) return send(302, "", { location: `/loop${(req.url.length % 50) + 1}` });
      if (req.url === "/huge") return send(200, Buffer.alloc(MAX_PAGE_BYTES + 1, 97));
      if (req.url === "/huge-chunked") {
        res.writeHead(200, { "content-type": "text/html" });
        for (let i = 0; i < 3; i++) res.write(Buffer.alloc(MAX_PAGE_BYTES / 2, 97));
        return res.end();
      }
      if (req.url === "/bomb") return send(200, gzipSync(Buffer.alloc(20 * 1024 * 1024, 32)), { "content-encoding": "gzip" });
      if (req.url === "/gzip") return send(200, gzipSync("<title>zipped</title>"), { "content-encoding": "gzip" });
      if (req.url === "/slow") return void setTimeout(() => send(200, "late"), 2000);
      if (req.url === "/forbidden") return send(403, "no robots");
      if (req.url === "/gone") return send(404, "none");
      return send(500, "oops");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
    process.env.URL_IMPORT_ALLOWED_HOSTS = `127.0.0.1:${port}`;
    process.env.URL_IMPORT_TIMEOUT_MS = "500";
    resetEnv();
  });
  afterAll(async () => {
    process.env = saved;
    resetEnv();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const reason = (p: Promise<unknown>) =>
    p.then(
      () => "read",
      (e: unknown) => (e instanceof FetchError ? e.reason : String(e)),
    );
  const at = (path: string) => `http://127.0.0.1:${port}${path}`;

  it("reads an allowed host:port, sends a plain User-Agent and no cookies, and follows a redirect", async () => {
    const page = await safeFetch(at("/to-ok"), "page");
    expect(page.url).toBe(at("/ok"));
    expect(page.bytes.toString()).toBe("<title>ok</title>");
    expect(seen.at(-1)?.["user-agent"]).toMatch(/^WishwellLinkImport\//);
    expect(seen.every((h) => h.cookie === undefined)).toBe(true);
    expect((await safeFetch(at("/gzip"), "page")).bytes.toString()).toBe("<title>zipped</title>");
  });

  it("refuses loopback and private addresses that are not listed, also after a redirect", async () => {
    expect(await reason(safeFetch(`http://127.0.0.1:${port + 1}/`, "page"))).toBe("refused");
    expect(await reason(safeFetch(`http://localhost:${port}/ok`, "page"))).toBe("refused"); // listed as 127.0.0.1, not localhost
    expect(await reason(safeFetch("http://169.254.169.254/latest/meta-data/", "page"))).toBe("refused");
    expect(await reason(safeFetch("http://[::ffff:127.0.0.1]/", "page"))).toBe("refused");
    expect(await reason(safeFetch("http://10.0.0.1:8080/", "page"))).toBe("refused");
    expect(await reason(safeFetch(at("/to-private"), "page"))).toBe("refused");
  });

  it("stops after 5 redirects, at the size limit (declared, streamed, or unzipped), and at the time limit", async () => {
    expect(await reason(safeFetch(at("/loop"), "page"))).toBe("too_many_redirects");
    expect(await reason(safeFetch(at("/huge"), "page"))).toBe("too_big");
    expect(await reason(safeFetch(at("/huge-chunked"), "page"))).toBe("too_big");
    expect(await reason(safeFetch(at("/bomb"), "page"))).toBe("too_big");
    const started = Date.now();
    expect(await reason(safeFetch(at("/slow"), "page"))).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("connects to the address it checked (a second DNS answer cannot swap it), and checks every address a name has", async () => {
    fakeDns["shop.test"] = [{ address: "127.0.0.1", family: 4 }];
    process.env.URL_IMPORT_ALLOWED_HOSTS = `127.0.0.1:${port},shop.test:${port}`;
    resetEnv();
    // shop.test exists only in the checked answer: the request reached the server through the pin.
    expect((await safeFetch(`http://shop.test:${port}/ok`, "page")).bytes.toString()).toBe("<title>ok</title>");
    fakeDns["mixed.test"] = [
      { address: "93.184.216.34", family: 4 },
      { address: "10.0.0.5", family: 4 },
    ];
    expect(await reason(safeFetch("http://mixed.test/", "page"))).toBe("refused");
    fakeDns["v6.test"] = [{ address: "::ffff:169.254.169.254", family: 6 }];
    expect(await reason(safeFetch("http://v6.test/", "page"))).toBe("refused");
  });

  it("names a shop that refuses us, a missing page and other failures", async () => {
    expect(await reason(safeFetch(at("/forbidden"), "page"))).toBe("blocked");
    expect(await reason(safeFetch(at("/gone"), "page"))).toBe("not_found");
    expect(await reason(safeFetch(at("/error"), "page"))).toBe("failed");
  });
});
