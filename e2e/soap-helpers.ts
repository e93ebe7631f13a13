// Helpers for the SOAP API specs: a real SOAP client built from our own WSDL, raw envelopes for
// what a client library would never send, and throwaway registries so tests never share counts.
import { createHash } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import soap from "soap";
import { db, unique } from "./fixtures";
import { databaseUrl, providerOf } from "../lib/database-url";

/**
 * This spec's own writes and the server's transactions share one SQLite file from two processes;
 * a write waits for the lock (as the server's retries do) instead of failing with SQLITE_BUSY.
 * Per connection, and the adapter opens a new one after SQLITE_BUSY: call it before each write.
 */
export async function waitForLocks() {
  if (providerOf(databaseUrl()) === "sqlite") await db.$queryRawUnsafe("PRAGMA busy_timeout = 10000");
}

export const ENDPOINT = "/global/api/giftregistry.asmx";
export const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

export type SoapResult = { Success: boolean; Code: number; Message: string; Data?: unknown };
// The soap package builds its methods from the WSDL at run time, so they are untyped here.
type Method = (args: Record<string, unknown>) => Promise<[Record<string, SoapResult>]>;

export async function soapClient(baseURL: string) {
  const client = await soap.createClientAsync(`${baseURL}${ENDPOINT}?wsdl`);
  return async (method: string, args: Record<string, unknown>): Promise<SoapResult> => {
    const call = (client as unknown as Record<string, Method>)[`${method}Async`];
    const [result] = await call.call(client, args);
    return result[`${method}Result`];
  };
}

export async function login(call: Awaited<ReturnType<typeof soapClient>>, username = "integration", password = "demo-password") {
  const r = await call("Authenticate", { username, password });
  if (!r.Success) throw new Error(`Authenticate failed: ${r.Message}`);
  return r.Data as string;
}

/** An API user with only the given grants. */
export async function apiUserWith(grants: string[]) {
  const username = unique("soap-user");
  await waitForLocks();
  await db.apiUser.create({ data: { username, passwordHash: await hash("pw-" + username), grants: grants.join(",") } });
  return { username, password: "pw-" + username };
}

const slug = () => Array.from({ length: 14 }, () => "abcdefghijkmnpqrstuvwxyz23456789"[Math.floor(Math.random() * 32)]).join("");

/** A registry of our own with items of the given counts. */
export async function ownRegistry(
  items: { requested: number; purchased?: number; locked?: number; purchasedOffline?: number }[],
  eventDate?: Date,
) {
  const owner = await db.user.findFirstOrThrow({ where: { email: "priya@example.com" } });
  const last = unique("Soaptest");
  await waitForLocks();
  return db.registry.create({
    data: {
      slug: slug(),
      title: `SOAP test ${last}`,
      ownerId: owner.id,
      firstName: "Soap",
      lastName: last,
      email: owner.email,
      searchName: `soap ${last.toLowerCase()}`,
      searchEmail: owner.email,
      eventDate,
      items: { create: items.map((it, i) => ({ title: `Thing ${i + 1}`, priceCents: 1250, position: i, ...it })) },
    },
    include: { items: { orderBy: { position: "asc" } } },
  });
}

export const itemCounts = (id: number) => db.registryItem.findUniqueOrThrow({ where: { id }, select: { purchased: true, locked: true } });

/** A hand-written SOAP 1.1 call, for envelopes a client library would never produce. */
export function rawSoap(request: APIRequestContext, body: string, action = "") {
  return request.post(ENDPOINT, { headers: { "content-type": "text/xml; charset=utf-8", soapaction: action }, data: body });
}

export const envelope = (inner: string) =>
  `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>${inner}</soap:Body></soap:Envelope>`;

export const tag = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
