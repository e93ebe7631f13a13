// WSDL 1.1 (document/literal) in the shape ASP.NET asmx publishes: SOAP 1.1, HTTP GET and HTTP POST bindings.
import { METHODS, type MethodDef, type ParamType } from "./methods";
import { escapeXml, NS } from "./xml";

const field = (name: string, type: string, required = false) =>
  `<s:element minOccurs="${required ? 1 : 0}" maxOccurs="1" name="${name}" type="${type}" />`;
const nillable = (name: string, type: string) => `<s:element minOccurs="1" maxOccurs="1" name="${name}" nillable="true" type="${type}" />`;
const complex = (name: string, fields: string[]) =>
  `<s:complexType name="${name}"><s:sequence>${fields.join("")}</s:sequence></s:complexType>`;
// asmx names the type after the CLR type (ArrayOfInt) and the member after the XML type (int).
const arrayOf = (item: string, type: string) =>
  complex(`ArrayOf${item[0].toUpperCase()}${item.slice(1)}`, [
    `<s:element minOccurs="0" maxOccurs="unbounded" name="${item}" ${item === "int" ? "" : 'nillable="true" '}type="${type}" />`,
  ]);

const PARAM_XSD: Record<ParamType, (n: string) => string> = {
  string: (n) => field(n, "s:string"),
  int: (n) => field(n, "s:int", true),
  "dateTime?": (n) => nillable(n, "s:dateTime"),
  "int[]": (n) => field(n, "tns:ArrayOfInt"),
  "RegistrySale[]": (n) => field(n, "tns:ArrayOfRegistrySale"),
  "RegistryRefund[]": (n) => field(n, "tns:ArrayOfRegistryRefund"),
};

const response = (name: string, dataType: string) =>
  complex(name, [field("Success", "s:boolean", true), field("Code", "s:int", true), field("Message", "s:string"), field("Data", dataType)]);
const movementLine = (name: string) =>
  complex(name, [
    field("ID", "s:int", true),
    field("Quantity", "s:int", true),
    field("UnitNet", "s:decimal", true),
    field("Reference", "s:string"),
    field("Comment", "s:string"),
  ]);
const s = (...names: string[]) => names.map((n) => field(n, "s:string"));

const TYPES = [
  response("ApiResponse", "s:string"),
  response("IntegerArrayApiResponse", "tns:ArrayOfInt"),
  response("GiftRegistryApiResponse", "tns:ArrayOfRegistry"),
  arrayOf("int", "s:int"),
  arrayOf("Registry", "tns:Registry"),
  complex("Registry", [
    field("ID", "s:int", true),
    ...s("ExternalIdentifier"),
    field("Active", "s:boolean", true),
    field("Website", "s:int", true),
    field("DateCreated", "s:dateTime", true),
    field("CustomerID", "s:int", true),
    ...s("CustomerForeignIdentity", "FirstName", "LastName", "Email", "Phone", "Occasion"),
    nillable("EventDate", "s:dateTime"),
    nillable("DeliveryDate", "s:dateTime"),
    ...s("Title", "Detail"),
    nillable("InvitationInserts", "s:int"),
    field("ExchangeCards", "s:boolean", true),
    ...s("Store"),
    field("CoRegistrant", "tns:CoRegistrant"),
    field("Address", "tns:RegistryAddress"),
    field("RegistryItems", "tns:ArrayOfRegistryItem"),
    field("Attributes", "tns:ArrayOfNameValuePair"),
  ]),
  complex("CoRegistrant", s("FirstName", "LastName", "Email")),
  complex(
    "RegistryAddress",
    s("Company", "StreetAddress", "StreetAddress2", "Suburb", "City", "State", "Postcode", "Country", "ContactPhoneNumber"),
  ),
  arrayOf("RegistryItem", "tns:RegistryItem"),
  complex("RegistryItem", [
    field("ID", "s:int", true),
    ...s("Barcode", "Title", "Colour", "Size"),
    field("Price", "s:decimal", true),
    field("Requested", "s:int", true),
    field("Purchased", "s:int", true),
    field("Locked", "s:int", true),
  ]),
  arrayOf("NameValuePair", "tns:NameValuePair"),
  complex("NameValuePair", s("Name", "Value")),
  arrayOf("RegistrySale", "tns:RegistrySale"),
  movementLine("RegistrySale"),
  arrayOf("RegistryRefund", "tns:RegistryRefund"),
  movementLine("RegistryRefund"),
];

/** HTTP GET/POST carry only simple values and int[] in the WSDL, as asmx does; sales use indexed form fields (README). */
const httpCapable = (m: MethodDef) => m.params.every(([, t]) => t === "string" || t === "int" || t === "dateTime?" || t === "int[]");

function messages(m: MethodDef): string {
  const soap =
    `<wsdl:message name="${m.name}SoapIn"><wsdl:part name="parameters" element="tns:${m.name}" /></wsdl:message>` +
    `<wsdl:message name="${m.name}SoapOut"><wsdl:part name="parameters" element="tns:${m.name}Response" /></wsdl:message>`;
  if (!httpCapable(m)) return soap;
  // Query/form values are text on the wire; asmx types every such part as s:string.
  const parts = m.params.map(([n]) => `<wsdl:part name="${n}" type="s:string" />`).join("");
  return (
    soap +
    ["HttpGet", "HttpPost"]
      .map(
        (b) =>
          `<wsdl:message name="${m.name}${b}In">${parts}</wsdl:message><wsdl:message name="${m.name}${b}Out"><wsdl:part name="Body" element="tns:${m.result}" /></wsdl:message>`,
      )
      .join("")
  );
}

function portType(suffix: string, list: MethodDef[]) {
  const ops = list
    .map(
      (m) =>
        `<wsdl:operation name="${m.name}"><wsdl:documentation xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/">${escapeXml(m.doc)}</wsdl:documentation>` +
        `<wsdl:input message="tns:${m.name}${suffix}In" /><wsdl:output message="tns:${m.name}${suffix}Out" /></wsdl:operation>`,
    )
    .join("");
  return `<wsdl:portType name="GiftRegistry${suffix}">${ops}</wsdl:portType>`;
}

function httpBinding(verb: "GET" | "POST", list: MethodDef[]) {
  const suffix = verb === "GET" ? "HttpGet" : "HttpPost";
  const input = verb === "GET" ? "<http:urlEncoded />" : '<mime:content type="application/x-www-form-urlencoded" />';
  const ops = list
    .map(
      (m) =>
        `<wsdl:operation name="${m.name}"><http:operation location="/${m.name}" /><wsdl:input>${input}</wsdl:input><wsdl:output><mime:mimeXml part="Body" /></wsdl:output></wsdl:operation>`,
    )
    .join("");
  return `<wsdl:binding name="GiftRegistry${suffix}" type="tns:GiftRegistry${suffix}"><http:binding verb="${verb}" />${ops}</wsdl:binding>`;
}

export function buildWsdl(endpoint: string): string {
  const http = METHODS.filter(httpCapable);
  const elements = METHODS.map(
    (m) =>
      `<s:element name="${m.name}"><s:complexType><s:sequence>${m.params.map(([n, t]) => PARAM_XSD[t](n)).join("")}</s:sequence></s:complexType></s:element>` +
      `<s:element name="${m.name}Response"><s:complexType><s:sequence>${field(`${m.name}Result`, `tns:${m.result}`)}</s:sequence></s:complexType></s:element>`,
  ).join("");
  const roots = ["ApiResponse", "IntegerArrayApiResponse", "GiftRegistryApiResponse"]
    .map((t) => `<s:element name="${t}" nillable="true" type="tns:${t}" />`)
    .join("");
  const soapOps = METHODS.map(
    (m) =>
      `<wsdl:operation name="${m.name}"><soap:operation soapAction="${NS}${m.name}" style="document" />` +
      `<wsdl:input><soap:body use="literal" /></wsdl:input><wsdl:output><soap:body use="literal" /></wsdl:output></wsdl:operation>`,
  ).join("");
  const address = escapeXml(endpoint);
  return (
    `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:tm="http://microsoft.com/wsdl/mime/textMatching/" xmlns:mime="http://schemas.xmlsoap.org/wsdl/mime/" xmlns:tns="${NS}" xmlns:s="http://www.w3.org/2001/XMLSchema" xmlns:http="http://schemas.xmlsoap.org/wsdl/http/" targetNamespace="${NS}" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/">` +
    `<wsdl:types><s:schema xmlns:s="http://www.w3.org/2001/XMLSchema" xmlns:tns="${NS}" elementFormDefault="qualified" targetNamespace="${NS}">${elements}${TYPES.join("")}${roots}</s:schema></wsdl:types>` +
    METHODS.map(messages).join("") +
    portType("Soap", METHODS) +
    portType("HttpGet", http) +
    portType("HttpPost", http) +
    `<wsdl:binding name="GiftRegistrySoap" type="tns:GiftRegistrySoap"><soap:binding transport="http://schemas.xmlsoap.org/soap/http" />${soapOps}</wsdl:binding>` +
    httpBinding("GET", http) +
    httpBinding("POST", http) +
    `<wsdl:service name="GiftRegistry"><wsdl:port name="GiftRegistrySoap" binding="tns:GiftRegistrySoap"><soap:address location="${address}" /></wsdl:port>` +
    `<wsdl:port name="GiftRegistryHttpGet" binding="tns:GiftRegistryHttpGet"><http:address location="${address}" /></wsdl:port>` +
    `<wsdl:port name="GiftRegistryHttpPost" binding="tns:GiftRegistryHttpPost"><http:address location="${address}" /></wsdl:port></wsdl:service>` +
    `</wsdl:definitions>`
  );
}
