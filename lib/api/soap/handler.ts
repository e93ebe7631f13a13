// The HTTP side of giftregistry.asmx: WSDL, service page, SOAP 1.1 POST, HTTP GET and form POST.
import { findMethod, invoke, type MethodDef } from "./methods";
import { formParams, xmlParams, type Params } from "./params";
import { plainResponse, soapFault, soapResponse, type ApiResult } from "./serialize";
import { servicePage } from "./service-page";
import { buildWsdl } from "./wsdl";
import { parseXml, readBodyLimited, XmlRejected, type XmlNode } from "./xml";
import { clientIp, LIMITS, take } from "../../security/rate-limit";
import { env } from "../../env";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../../unavailable";

export const ENDPOINT_PATH = "/global/api/giftregistry.asmx";
const XML = { "content-type": "text/xml; charset=utf-8", "cache-control": "no-store" };

/** The endpoint under the site's configured address (APP_URL), never the request's Host header. */
export const endpointUrl = (): string => `${env().APP_URL}${ENDPOINT_PATH}`;

/** GET on the endpoint itself: ?WSDL (any case) or the HTML service page. */
export function describe(req: Request): Response {
  const url = new URL(req.url);
  const wantsWsdl = [...url.searchParams.keys()].some((k) => k.toLowerCase() === "wsdl");
  if (wantsWsdl) return new Response(buildWsdl(endpointUrl()), { headers: XML });
  return new Response(servicePage(endpointUrl()), { headers: { "content-type": "text/html; charset=utf-8" } });
}

const fault = (status: number, code: "soap:Client" | "soap:Server", message: string) =>
  new Response(soapFault(code, message), { status, headers: XML });

// Keyed by address, checked before the body is read: it also slows password guessing on
// Authenticate, where no API user is known yet. WSDL and the service page are not counted.
async function overBudget(req: Request): Promise<Response | null> {
  const wait = await take(LIMITS.soap, clientIp(req.headers));
  if (wait === 0) return null;
  return new Response(soapFault("soap:Client", `Too many requests, try again in ${wait} seconds.`), {
    status: 429,
    headers: { ...XML, "retry-after": String(wait) },
  });
}

// The database cannot be reached: an outage, not a method result, so not Code 99 over HTTP 200.
// SOAP gets a soap:Server fault with HTTP 503 + Retry-After: ASP.NET asmx clients raise a
// WebException "(503) Server Unavailable", WCF a ServerTooBusyException — both retryable.
const UNAVAILABLE = "Service temporarily unavailable: the database cannot be reached. Retry later.";
const retryAfter = { "retry-after": String(RETRY_AFTER_SECONDS) };

async function invokeOr503(method: MethodDef, params: Params, soap: boolean): Promise<ApiResult | Response> {
  try {
    return await invoke(method, params);
  } catch (e) {
    if (!isDatabaseUnavailable(e)) throw e;
    if (soap) return new Response(soapFault("soap:Server", UNAVAILABLE), { status: 503, headers: { ...XML, ...retryAfter } });
    return new Response(UNAVAILABLE, {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...retryAfter },
    });
  }
}

/** SOAP 1.1: the method is the body's first element; a SOAPAction naming another method is refused. */
export async function handleSoap(req: Request): Promise<Response> {
  const limited = await overBudget(req);
  if (limited) return limited;
  let doc: XmlNode;
  try {
    doc = parseXml(await readBodyLimited(req));
  } catch (e) {
    if (e instanceof XmlRejected) return fault(e.status, "soap:Client", e.message);
    throw e;
  }
  const envelope = doc.Envelope;
  const body = typeof envelope === "object" && !Array.isArray(envelope) ? envelope.Body : undefined;
  const [name, node] =
    typeof body === "object" && !Array.isArray(body) ? (Object.entries(body).find(([k]) => !k.startsWith("@") && k !== "#text") ?? []) : [];
  if (!name || node === undefined) return fault(500, "soap:Client", "Not a SOAP 1.1 envelope with a method element in its Body");
  const method = findMethod(name);
  if (!method || method.name !== name) return fault(500, "soap:Client", `Unknown method: ${name}`);
  const action = (req.headers.get("soapaction") ?? "").replace(/^"|"$/g, "");
  if (action && action.split("/").pop() !== method.name)
    return fault(500, "soap:Client", `SOAPAction ${action} does not match the body element ${name}`);
  const result = await invokeOr503(method, xmlParams(node), true);
  return result instanceof Response ? result : new Response(soapResponse(method.name, result), { headers: XML });
}

/** HTTP GET /{Method}?… and form POST /{Method}: the response object as the root element. */
export async function handlePlain(req: Request, methodName: string): Promise<Response> {
  const limited = await overBudget(req);
  if (limited) return limited;
  const method = findMethod(methodName);
  if (!method)
    return new Response(`Unknown method: ${methodName}`, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  let form: URLSearchParams;
  if (req.method === "GET") {
    form = new URL(req.url).searchParams;
    if (method.mutates)
      return answer({ type: method.result, success: false, code: 5, message: `${method.name} changes data: use HTTP POST or SOAP` });
  } else {
    const type = req.headers.get("content-type") ?? "";
    if (!type.toLowerCase().startsWith("application/x-www-form-urlencoded"))
      return new Response("Use application/x-www-form-urlencoded", {
        status: 415,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    try {
      form = new URLSearchParams(await readBodyLimited(req));
    } catch (e) {
      if (e instanceof XmlRejected)
        return new Response(e.message, { status: e.status, headers: { "content-type": "text/plain; charset=utf-8" } });
      throw e;
    }
  }
  const result = await invokeOr503(method, formParams(form), false);
  return result instanceof Response ? result : answer(result);
}

const answer = (r: ApiResult) => new Response(plainResponse(r), { headers: XML });
