// The integration APIs' paths match in any letter case, as on the IIS servers the original APIs run
// on, and 3dcart clients keep their /3dCartWebAPI paths: proxy.ts rewrites both to our one route.

const REST = "/api/v2/GiftRegistries";
const SOAP = "/global/api/giftregistry.asmx";

/** The path our routes answer for an API path written in any case; null when it is not an API path. */
export function canonicalApiPath(path: string): string | null {
  const lower = path.toLowerCase();
  if (lower.startsWith("/3dcartwebapi/")) return canonicalApiPath(`/api/${path.slice("/3dcartwebapi/".length)}`);
  if (lower === "/3dcartwebapi") return "/api";
  if (lower.startsWith(REST.toLowerCase()))
    return (REST + path.slice(REST.length)).replace(/^(\/api\/v2\/GiftRegistries\/[^/]+)\/items(\/?)$/i, "$1/Items$2");
  if (lower.startsWith(SOAP)) return SOAP + path.slice(SOAP.length);
  if (lower === "/api" || lower.startsWith("/api/") || lower === "/global/api" || lower.startsWith("/global/api/")) return path;
  return null;
}
