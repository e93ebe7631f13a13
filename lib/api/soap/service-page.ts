// The human-readable page at GET /global/api/giftregistry.asmx (what asmx shows without ?WSDL).
import { METHODS } from "./methods";
import { escapeXml as esc, NS } from "./xml";

export const CODES: [code: number, meaning: string][] = [
  [0, "Success"],
  [1, "Authentication failed (wrong username/password, disabled user, unknown token)"],
  [2, "Authentication token expired: call Authenticate again"],
  [3, "Not permitted: the API user is not granted this method"],
  [4, "Not found (registry, or an item that is not on the given registry)"],
  [5, "Invalid input (missing or malformed parameter)"],
  [6, "Conflict (not enough still available to sell, refund larger than what was sold, inactive registry)"],
  [99, "Unexpected server error; Message carries a Call Identifier for support"],
];

export function servicePage(endpoint: string): string {
  const methods = METHODS.map(
    (m) =>
      `<li><h3>${m.name}</h3><p>${esc(m.doc)}</p><p><code>${m.name}(${m.params.map(([n, t]) => `${n}: ${t}`).join(", ")})</code> → <code>${m.result}</code></p>` +
      `<p>HTTP ${m.mutates ? "POST" : "GET or POST"}: <code>${esc(endpoint)}/${m.name}</code>; SOAPAction <code>${NS}${m.name}</code></p></li>`,
  ).join("");
  const codes = CODES.map(([c, t]) => `<tr><td>${c}</td><td>${esc(t)}</td></tr>`).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>GiftRegistry Web Service</title><style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}code{background:#f3f3f3;padding:0 .25rem;overflow-wrap:anywhere}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}</style></head>
<body><main><h1>GiftRegistry Web Service</h1>
<p>SOAP 1.1 (document/literal), HTTP GET and HTTP POST. Namespace <code>${NS}</code>. Service description: <a href="${esc(endpoint)}?WSDL">${esc(endpoint)}?WSDL</a>.</p>
<p>Call <strong>Authenticate</strong> first and pass the token from <code>Data</code> as <code>authenticationToken</code>. All dates are UTC.</p>
<h2>Methods</h2><ul>${methods}</ul>
<h2>Response codes</h2><p>Every response carries <code>Success</code>, <code>Code</code>, <code>Message</code> and, when there is any, <code>Data</code>.</p>
<table><thead><tr><th scope="col">Code</th><th scope="col">Meaning</th></tr></thead><tbody>${codes}</tbody></table>
</main></body></html>`;
}
