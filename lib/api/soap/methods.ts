// The six methods of the Gift Registry SOAP API. One table drives dispatch, the WSDL and the service page.
import { randomUUID } from "node:crypto";
import { authenticateApiUser, findRegistriesForApi, requireApiCaller, searchRegistryIds, SoapCode, SoapFailure } from "@/lib/data/soap";
import { recordMovements, registryCurrency, type MovementKind } from "@/lib/data/soap-sales";
import { optionalDay, requireId, requireIds, requireLines, type Params } from "./params";
import type { ApiResult } from "./serialize";
import { logError } from "../../security/redact";
import { isDatabaseUnavailable } from "../../unavailable";

export type ParamType = "string" | "int" | "dateTime?" | "int[]" | "RegistrySale[]" | "RegistryRefund[]";
export type MethodName = "Authenticate" | "Search" | "GetRegistry" | "GetRegistries" | "RecordSales" | "RecordRefunds";
type ResultType = ApiResult["type"];

export type MethodDef = {
  name: MethodName;
  doc: string;
  params: [name: string, type: ParamType][];
  result: ResultType;
  /** Changes data: refused over HTTP GET (a link or prefetch must never record a sale). */
  mutates: boolean;
  run: (p: Params) => Promise<ApiResult>;
};

const ok = <T extends ResultType>(type: T, message: string, data?: unknown) =>
  ({ type, success: true, code: SoapCode.Ok, message, data }) as ApiResult;

async function movements(p: Params, method: MethodName, kind: MovementKind, field: string, item: string): Promise<ApiResult> {
  const caller = await requireApiCaller(p.text("authenticationToken") ?? "", method);
  const registryId = requireId(p.text("registryID"), "registryID");
  // UnitNet is read in the registry's currency (an unknown registry: recordMovements says so).
  const lines = requireLines(p.list(field, item), field, (await registryCurrency(registryId)) ?? "USD");
  const r = await recordMovements(caller, registryId, kind, lines);
  const noun = kind === "SALE" ? "sale" : "refund";
  const message =
    r.recorded === 0
      ? `Already recorded: all ${r.alreadyRecorded} ${noun} line(s) were recorded before`
      : `Recorded ${r.recorded} ${noun} line(s)` + (r.alreadyRecorded ? `; ${r.alreadyRecorded} already recorded` : "");
  return ok("ApiResponse", message);
}

export const METHODS: MethodDef[] = [
  {
    name: "Authenticate",
    doc: "Authenticates an API user and returns a session token in Data, valid for SOAP_TOKEN_TTL_MINUTES (default 60).",
    params: [
      ["username", "string"],
      ["password", "string"],
    ],
    result: "ApiResponse",
    mutates: false,
    run: async (p) =>
      ok("ApiResponse", "Authenticated", await authenticateApiUser(p.text("username")?.trim() ?? "", p.text("password") ?? "")),
  },
  {
    name: "Search",
    doc: "IDs of active registries matching all given terms (partial name, email, external identifier; event day). Blank terms are ignored.",
    params: [
      ["authenticationToken", "string"],
      ["name", "string"],
      ["email", "string"],
      ["externalIdentifier", "string"],
      ["eventDate", "dateTime?"],
    ],
    result: "IntegerArrayApiResponse",
    mutates: false,
    run: async (p) => {
      await requireApiCaller(p.text("authenticationToken") ?? "", "Search");
      const ids = await searchRegistryIds({
        name: p.text("name"),
        email: p.text("email"),
        externalIdentifier: p.text("externalIdentifier"),
        eventDate: optionalDay(p.text("eventDate"), "eventDate"),
      });
      return ok("IntegerArrayApiResponse", `${ids.length} registr${ids.length === 1 ? "y" : "ies"} found`, ids.length ? ids : undefined);
    },
  },
  {
    name: "GetRegistry",
    doc: "One registry, as the sole entry of Data.",
    params: [
      ["authenticationToken", "string"],
      ["registryID", "int"],
    ],
    result: "GiftRegistryApiResponse",
    mutates: false,
    run: async (p) => {
      await requireApiCaller(p.text("authenticationToken") ?? "", "GetRegistry");
      const id = requireId(p.text("registryID"), "registryID");
      const [registry] = await findRegistriesForApi([id]);
      if (!registry) throw new SoapFailure(SoapCode.NotFound, `Registry ${id} not found`);
      return ok("GiftRegistryApiResponse", "OK", [registry]);
    },
  },
  {
    name: "GetRegistries",
    doc: "The registries with the given IDs (at most 500), in the order asked; IDs not found are named in Message.",
    params: [
      ["authenticationToken", "string"],
      ["registryIDs", "int[]"],
    ],
    result: "GiftRegistryApiResponse",
    mutates: false,
    run: async (p) => {
      await requireApiCaller(p.text("authenticationToken") ?? "", "GetRegistries");
      const ids = requireIds(p.list("registryIDs", "int"), "registryIDs");
      const registries = await findRegistriesForApi(ids);
      const found = new Set(registries.map((r) => r.id));
      const missing = [...new Set(ids)].filter((id) => !found.has(id));
      return ok("GiftRegistryApiResponse", missing.length ? `Not found: ${missing.join(", ")}` : "OK", registries);
    },
  },
  {
    name: "RecordSales",
    doc: "Records store sales (Purchased increases). All lines or none; a line whose ID and Reference were recorded before is not counted again.",
    params: [
      ["authenticationToken", "string"],
      ["registryID", "int"],
      ["sales", "RegistrySale[]"],
    ],
    result: "ApiResponse",
    mutates: true,
    run: (p) => movements(p, "RecordSales", "SALE", "sales", "RegistrySale"),
  },
  {
    name: "RecordRefunds",
    doc: "Records refunds (Purchased decreases, never below what was sold through the store). All lines or none; retries are not counted again.",
    params: [
      ["authenticationToken", "string"],
      ["registryID", "int"],
      ["refunds", "RegistryRefund[]"],
    ],
    result: "ApiResponse",
    mutates: true,
    run: (p) => movements(p, "RecordRefunds", "REFUND", "refunds", "RegistryRefund"),
  },
];

export const findMethod = (name: string) => METHODS.find((m) => m.name.toLowerCase() === name.toLowerCase());

/** Run a method; expected failures and bugs alike come back as a Success=false answer. */
export async function invoke(method: MethodDef, p: Params): Promise<ApiResult> {
  try {
    return await method.run(p);
  } catch (e) {
    if (e instanceof SoapFailure) return { type: method.result, success: false, code: e.code, message: e.message };
    if (isDatabaseUnavailable(e)) throw e; // not a method result: the handler answers HTTP 503 (see handler.ts)
    // Unexpected: keep details in the server log, give the caller an identifier to quote.
    const callId = randomUUID();
    logError(`[soap] ${method.name} failed, call identifier ${callId}`, e);
    return { type: method.result, success: false, code: 99, message: `Internal error. Call Identifier: ${callId}` };
  }
}
