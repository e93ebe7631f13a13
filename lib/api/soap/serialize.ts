// The response objects of the seed (ApiResponse, IntegerArrayApiResponse, GiftRegistryApiResponse)
// as XML, in the element order the WSDL declares.
import type { ApiRegistry } from "@/lib/data/soap";
import { FingerprintCache } from "@/lib/data/change-cache";
import { el, NS, SOAP_ENV } from "./xml";
import { minorToDecimal } from "@/lib/format";

export type ApiResult =
  | { type: "ApiResponse"; success: boolean; code: number; message: string; data?: string }
  | { type: "IntegerArrayApiResponse"; success: boolean; code: number; message: string; data?: number[] }
  | { type: "GiftRegistryApiResponse"; success: boolean; code: number; message: string; data?: ApiRegistry[] };

const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"';
const date = (d: Date | null) => (d ? d.toISOString() : null);
/** A plain decimal in the registry's currency: "12.50", "1500" (JPY), "1.250" (KWD). */
const money = (minor: number, currency: string) => minorToDecimal(minor, currency);

/** The items' XML by registry and items fingerprint: 500 items are ~100 kB of escaped elements. */
const itemsXml = new FingerprintCache<string>(500);

function registryXml(r: ApiRegistry): string {
  const items =
    itemsXml.get(`${r.itemsKey}|${r.currency}`) ??
    itemsXml.set(
      `${r.itemsKey}|${r.currency}`,
      r.items
        .map(
          (i) =>
            `<RegistryItem>${el("ID", i.id)}${el("Barcode", i.barcode)}${el("Title", i.title)}${el("Colour", i.colour)}${el("Size", i.size)}` +
            `${el("Price", money(i.priceCents, r.currency))}${el("Requested", i.requested)}${el("Purchased", i.purchased)}${el("Locked", i.locked)}</RegistryItem>`,
        )
        .join(""),
    );
  const attributes = r.attributes.map((a) => `<NameValuePair>${el("Name", a.name)}${el("Value", a.value)}</NameValuePair>`).join("");
  return (
    `<Registry>${el("ID", r.id)}${el("ExternalIdentifier", r.externalIdentifier)}${el("Active", r.active)}${el("Website", r.website)}` +
    `${el("DateCreated", date(r.createdAt))}${el("CustomerID", r.ownerId)}${el("CustomerForeignIdentity", r.owner.foreignIdentity)}` +
    `${el("FirstName", r.firstName)}${el("LastName", r.lastName)}${el("Email", r.email)}${el("Phone", r.phone)}` +
    `${el("Occasion", r.occasion?.name ?? "")}${el("EventDate", date(r.eventDate))}${el("DeliveryDate", date(r.deliveryDate))}` +
    `${el("Title", r.title)}${el("Detail", r.message)}${el("InvitationInserts", r.invitationInserts)}${el("ExchangeCards", r.exchangeCards)}` +
    `${el("Store", r.store?.name ?? "")}` +
    `<CoRegistrant>${el("FirstName", r.coFirstName)}${el("LastName", r.coLastName)}${el("Email", r.coEmail)}</CoRegistrant>` +
    `<Address>${el("Company", r.addrCompany)}${el("StreetAddress", r.addrStreet)}${el("StreetAddress2", r.addrStreet2)}` +
    `${el("Suburb", r.addrSuburb)}${el("City", r.addrCity)}${el("State", r.addrState)}${el("Postcode", r.addrPostcode)}` +
    `${el("Country", r.addrCountry)}${el("ContactPhoneNumber", r.addrPhone)}</Address>` +
    `<RegistryItems>${items}</RegistryItems><Attributes>${attributes}</Attributes></Registry>`
  );
}

/** Success, Code, Message and (when there is any) Data. */
export function resultContent(r: ApiResult): string {
  let data = "";
  if (r.type === "ApiResponse") data = el("Data", r.data);
  else if (r.type === "IntegerArrayApiResponse") data = r.data?.length ? `<Data>${r.data.map((id) => el("int", id)).join("")}</Data>` : "";
  else data = r.data?.length ? `<Data>${r.data.map(registryXml).join("")}</Data>` : "";
  return `${el("Success", r.success)}${el("Code", r.code)}${el("Message", r.message)}${data}`;
}

export function soapEnvelope(body: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="${SOAP_ENV}" ${XSI}><soap:Body>${body}</soap:Body></soap:Envelope>`;
}

/** SOAP 1.1 answer: <{Method}Response><{Method}Result>…</{Method}Result></{Method}Response>. */
export function soapResponse(method: string, r: ApiResult): string {
  return soapEnvelope(`<${method}Response xmlns="${NS}"><${method}Result>${resultContent(r)}</${method}Result></${method}Response>`);
}

/** HTTP GET/POST answer, as ASP.NET asmx does it: the root element is named after the response type. */
export function plainResponse(r: ApiResult): string {
  return `<?xml version="1.0" encoding="utf-8"?><${r.type} ${XSI} xmlns="${NS}">${resultContent(r)}</${r.type}>`;
}

export function soapFault(faultcode: "soap:Client" | "soap:Server", message: string): string {
  return soapEnvelope(`<soap:Fault>${el("faultcode", faultcode)}${el("faultstring", message)}</soap:Fault>`);
}
