// Safe XML in and out for the SOAP endpoint. Parsing never expands entities or reads a DTD:
// any <!DOCTYPE / <!ENTITY is refused before the parser sees the text (XXE, billion laughs).
import { XMLParser, XMLValidator } from "fast-xml-parser";

export const NS = "http://tempuri.org/";
export const SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";
export const MAX_BODY_BYTES = 1_000_000;

export class XmlRejected extends Error {
  constructor(
    message: string,
    readonly status = 500,
  ) {
    super(message);
    this.name = "XmlRejected";
  }
}

export const escapeXml = (s: string) =>
  // Characters XML 1.0 cannot carry at all are dropped rather than producing an unreadable document.
  s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Only the five predefined entities and character references exist without a DTD. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return PREDEFINED[ref] ?? whole;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Request body as text, refusing anything over MAX_BODY_BYTES without reading it all into memory. */
export async function readBodyLimited(req: Request): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new XmlRejected("Request body too large", 413);
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new XmlRejected("Request body too large", 413);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[];

/** A SOAP call of this API nests 6 levels deep; anything far deeper is refused before it costs stack. */
const MAX_DEPTH = 64;

const parser = new XMLParser({
  maxNestedTags: MAX_DEPTH,
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  tagValueProcessor: (_name, value) => decodeEntities(value),
  attributeValueProcessor: (_name, value) => decodeEntities(value),
});

/** XML 1.0's Char production: a character reference to anything else (a lone surrogate, U+0001…) is malformed. */
const isXmlChar = (c: number) =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

function illegalCharacterReference(text: string): string | undefined {
  for (const m of text.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const code = m[1][0] === "x" ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10);
    if (!isXmlChar(code)) return m[0];
  }
  return undefined;
}

/** Parse a document into plain objects; throws XmlRejected for DTDs or malformed XML. */
export function parseXml(text: string): XmlNode {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new XmlRejected("DTDs and entity declarations are not allowed");
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new XmlRejected(`Malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const badReference = illegalCharacterReference(text);
  if (badReference) throw new XmlRejected(`Malformed XML: ${badReference} is not a character XML allows`);
  try {
    return parser.parse(text) as XmlNode;
  } catch (e) {
    // The parser's own refusals: nesting deeper than MAX_DEPTH, element names such as __proto__.
    const message = e instanceof Error ? e.message : "";
    const name = /Invalid name: "([^"]*)"/.exec(message)?.[1];
    if (name) throw new XmlRejected(`Element name "${name}" is not allowed`);
    if (/nested/i.test(message)) throw new XmlRejected(`Elements nested deeper than ${MAX_DEPTH} levels are not allowed`);
    throw new XmlRejected("Malformed XML: the document could not be read");
  }
}

/** <name>value</name>; null is xsi:nil (the WSDL marks those elements nillable), undefined is left out. */
export function el(name: string, value: string | number | boolean | null | undefined): string {
  if (value === undefined) return "";
  if (value === null) return `<${name} xsi:nil="true" />`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}
