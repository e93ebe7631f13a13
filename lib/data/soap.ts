import "server-only";
// Data access for the SOAP API (giftregistry.asmx): sessions, search, registry reads.
// Sales and refunds live in ./soap-sales.ts.
import { prisma } from "../db";
import { env } from "../env";
import { newSecret, sha256 } from "../api-keys";
import { burnVerify, verifyPassword } from "../password";
import { registrySearchWhere, type SearchTerms } from "./search";
import { withBusyRetry } from "./retry";
import { byRegistry, itemFingerprints, registryItemsCache } from "./change-cache";
import type { RegistryItem } from "../generated/prisma/client";

/** The failure codes of every SOAP response (README "SOAP API" documents the same table). */
export const SoapCode = {
  Ok: 0,
  AuthenticationFailed: 1,
  TokenExpired: 2,
  NotPermitted: 3,
  NotFound: 4,
  InvalidInput: 5,
  Conflict: 6,
} as const;
export type SoapCodeValue = (typeof SoapCode)[keyof typeof SoapCode];

/** An expected failure of an API call: becomes Success=false with this Code and Message. */
export class SoapFailure extends Error {
  constructor(
    readonly code: SoapCodeValue,
    message: string,
    /** The same refusal as a message key (and its values) where a person reads it (the admin's sales page); SOAP answers stay English. */
    readonly words?: { key: string; values: Record<string, string | number> },
  ) {
    super(message);
    this.name = "SoapFailure";
  }
}

export type ApiCaller = { id: number; username: string };

const grantsOf = (grants: string) =>
  grants
    .split(",")
    .map((g) => g.trim())
    .filter(Boolean);

const tokenTtlMs = () => env().SOAP_TOKEN_TTL_MINUTES * 60_000;

/** Authenticate: a fresh random token, stored only as its SHA-256, valid for SOAP_TOKEN_TTL_MINUTES. */
export async function authenticateApiUser(username: string, password: string): Promise<string> {
  const user = username ? await prisma.apiUser.findUnique({ where: { username } }) : null;
  // Same work whether or not the user exists, so timing does not reveal usernames.
  const valid = user ? await verifyPassword(user.passwordHash, password) : await burnVerify(password);
  if (!user || !valid || user.disabled)
    throw new SoapFailure(SoapCode.AuthenticationFailed, "Authentication failed: unknown user, wrong password or disabled user");
  if (!grantsOf(user.grants).includes("Authenticate"))
    throw new SoapFailure(SoapCode.NotPermitted, "Not permitted: this user is not granted Authenticate");
  const token = newSecret(32);
  await withBusyRetry(() =>
    prisma.apiSession.create({ data: { apiUserId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + tokenTtlMs()) } }),
  );
  return token;
}

/** The API user behind a token, re-read on every call so disabling a user or removing a grant applies at once. */
export async function requireApiCaller(token: string, method: string): Promise<ApiCaller> {
  if (!token) throw new SoapFailure(SoapCode.AuthenticationFailed, "Authentication failed: authenticationToken is required");
  // One raw statement: read on every call, and Prisma's query compiler costs more than the query.
  const tokenHash = sha256(token);
  const [session] = await withBusyRetry(
    () =>
      prisma.$queryRaw<{ expiresAt: Date; id: number; username: string; grants: string; disabled: boolean | number }[]>`
      SELECT s."expiresAt", u."id", u."username", u."grants", u."disabled"
      FROM "ApiSession" s JOIN "ApiUser" u ON u."id" = s."apiUserId" WHERE s."tokenHash" = ${tokenHash}`,
  );
  if (!session || Boolean(session.disabled))
    throw new SoapFailure(SoapCode.AuthenticationFailed, "Authentication failed: unknown authentication token");
  if (new Date(session.expiresAt).getTime() <= Date.now())
    throw new SoapFailure(SoapCode.TokenExpired, "Authentication token expired: call Authenticate again");
  if (!grantsOf(session.grants).includes(method))
    throw new SoapFailure(SoapCode.NotPermitted, `Not permitted: this user is not granted ${method}`);
  return { id: session.id, username: session.username };
}

/** SOAP Search: active registries of any visibility (store staff look up private ones too). */
export async function searchRegistryIds(terms: SearchTerms): Promise<number[]> {
  const rows = await prisma.registry.findMany({
    where: { AND: [{ active: true }, registrySearchWhere(terms)] },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** The SOAP Registry object shows every item column: items come from memory until they change. */
const apiItems = registryItemsCache<RegistryItem>(500);

/** Registries with everything the SOAP Registry object shows, in a fixed number of queries (none per registry). */
export async function findRegistriesForApi(ids: number[]) {
  const unique = [...new Set(ids)];
  const fingerprints = await itemFingerprints(unique);
  const [rows, items] = await Promise.all([
    prisma.registry.findMany({
      where: { id: { in: unique } },
      include: {
        owner: { select: { foreignIdentity: true } },
        occasion: { select: { name: true } },
        store: { select: { name: true } },
        attributes: { orderBy: { name: "asc" } },
      },
    }),
    apiItems.load(unique, fingerprints, async (missing) =>
      byRegistry(
        await prisma.registryItem.findMany({ where: { registryId: { in: missing } }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
      ),
    ),
  ]);
  const byId = new Map(rows.map((r) => [r.id, { ...r, items: items.get(r.id) ?? [], itemsKey: `${r.id}:${fingerprints.get(r.id)}` }]));
  // Answer in the order asked, once per registry.
  return unique.flatMap((id) => byId.get(id) ?? []);
}

export type ApiRegistry = Awaited<ReturnType<typeof findRegistriesForApi>>[number];
