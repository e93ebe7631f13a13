// SOAP bodies a hostile or broken client could send — element names that are JavaScript keywords,
// deep nesting, illegal character references, huge values, wrong types — against the endpoint's
// handler on the test database: every answer is a SOAP Fault or a Success=false/true response with a
// Code, never an empty body, never HTTP 500 without a Fault, never Code 99 (an unexpected error).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { resetEnv } from "../../lib/env";
import { handlePlain, handleSoap } from "../../lib/api/soap/handler";
import { authenticateApiUser } from "../../lib/data/soap";
import { hostileString } from "../security/hostile-values";

const METHODS = ["Authenticate", "Search", "GetRegistry", "GetRegistries", "RecordSales", "RecordRefunds"];
const FIELDS = [
  "authenticationToken",
  "username",
  "password",
  "name",
  "email",
  "externalIdentifier",
  "eventDate",
  "registryID",
  "registryIDs",
  "sales",
  "refunds",
];
const KEYWORDS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "__defineGetter__", "Envelope", "Body"];

let token = "";
let limit: string | undefined;
beforeAll(async () => {
  limit = process.env.SOAP_RATE_LIMIT_PER_MINUTE;
  process.env.SOAP_RATE_LIMIT_PER_MINUTE = "1000000"; // the fuzzer is one address sending thousands of calls
  resetEnv();
  token = await authenticateApiUser("integration", "demo-password");
});
afterAll(async () => {
  if (limit === undefined) delete process.env.SOAP_RATE_LIMIT_PER_MINUTE;
  else process.env.SOAP_RATE_LIMIT_PER_MINUTE = limit;
  resetEnv();
  await prisma.$disconnect();
});

const escape = (s: string) => s.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!);
const name = fc.oneof(fc.constantFrom(...FIELDS, ...KEYWORDS), fc.stringMatching(/^[A-Za-z_][\w.-]{0,12}$/));
const text = fc.oneof(
  hostileString.map(escape),
  fc.constantFrom(
    "&#xD800;",
    "&#0;",
    "&#x110000;",
    "&#1;",
    "&unknown;",
    "&amp;&lt;",
    "2147483648",
    "99999999999999999999",
    "-1",
    "1e3",
    "02/30/2027",
    "13/01/2027",
    "2027-02-03T00:00:00Z",
    "02/03/2027",
  ),
  fc.constant(token).map(() => token),
);
const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.tuple(name, text).map(([n, t]) => `<${n}>${t}</${n}>`),
    fc.tuple(name, fc.array(tie("node"), { maxLength: 4 })).map(([n, kids]) => `<${n}>${kids.join("")}</${n}>`),
  ),
})).node;
const deep = fc.tuple(fc.integer({ min: 50, max: 5000 }), name).map(([n, tag]) => `<${tag}>`.repeat(n) + `</${tag}>`.repeat(n));
const body = fc
  .tuple(fc.constantFrom(...METHODS, ...KEYWORDS), fc.array(fc.oneof(element, deep), { maxLength: 6 }))
  .map(([method, fields]) => `<${method} xmlns="http://tempuri.org/">${fields.join("")}</${method}>`);
const envelope = (inner: string) =>
  `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>${inner}</soap:Body></soap:Envelope>`;

async function post(xml: string) {
  const res = await handleSoap(
    new Request("http://localhost/global/api/giftregistry.asmx", { method: "POST", headers: { "content-type": "text/xml" }, body: xml }),
  );
  return { status: res.status, text: await res.text() };
}

function expectAnswer({ status, text }: { status: number; text: string }) {
  expect(text.length).toBeGreaterThan(0);
  if (status === 200) {
    expect(text).toMatch(/<Success>(true|false)<\/Success><Code>\d+<\/Code>/);
    expect(text).not.toMatch(/<Code>99<\/Code>/);
  } else {
    expect([400, 413, 500]).toContain(status);
    expect(text).toContain("<soap:Fault>");
  }
}

describe("SOAP endpoint under fuzzed bodies", () => {
  it("answers every generated envelope with a Fault or a coded response", async () => {
    await fc.assert(
      fc.asyncProperty(body, async (inner) => expectAnswer(await post(envelope(inner)))),
      { numRuns: 300 },
    );
  });

  it("the cases found by hand: keywords as elements, deep nesting, a lone surrogate, a 100 KB term", async () => {
    const cases = [
      envelope("<__proto__><a>1</a></__proto__>"),
      envelope('<Search xmlns="http://tempuri.org/"><constructor>x</constructor></Search>'),
      envelope("<a>".repeat(2000) + "</a>".repeat(2000)),
      envelope(`<Search xmlns="http://tempuri.org/"><authenticationToken>${token}</authenticationToken><name>&#xD800;</name></Search>`),
      envelope(
        `<Search xmlns="http://tempuri.org/"><authenticationToken>${token}</authenticationToken><name>${"a".repeat(100_000)}</name></Search>`,
      ),
      envelope(
        `<GetRegistry xmlns="http://tempuri.org/"><authenticationToken>${token}</authenticationToken><registryID>2147483648</registryID></GetRegistry>`,
      ),
    ];
    const answers = await Promise.all(cases.map(post));
    answers.forEach(expectAnswer);
    expect(answers.map((a) => (a.status === 200 ? /<Code>(\d+)<\/Code>/.exec(a.text)?.[1] : a.status))).toEqual([
      500,
      500,
      500,
      500,
      "5",
      "5",
    ]);
    expect(answers[3].text).toContain("&#38;#xD800; is not a character XML allows");
  });

  it("the HTTP GET binding takes MM/DD/YYYY, ISO dates and xs:dateTime, and names a bad date", async () => {
    const search = async (eventDate: string) => {
      const url = `http://localhost/global/api/giftregistry.asmx/Search?authenticationToken=${token}&eventDate=${encodeURIComponent(eventDate)}`;
      const text = await (await handlePlain(new Request(url), "Search")).text();
      return /<Code>(\d+)<\/Code><Message>([^<]*)/.exec(text)?.slice(1);
    };
    for (const d of ["02/03/2027", "2/3/2027", "2027-02-03", "2027-02-03T16:00:00Z", "02/03/2027 10:30:00 AM"])
      expect((await search(d))?.[0]).toBe("0");
    expect(await search("02/30/2027")).toEqual(["5", "eventDate must be a date: yyyy-mm-dd, MM/DD/YYYY or xs:dateTime"]);
  });
});
