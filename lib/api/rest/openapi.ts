// OpenAPI 3 description of the REST API, served at /api/v2/openapi.json. Kept beside the code it
// describes; lib/api/rest/openapi.test.ts and e2e/api-rest.spec.ts check it against real behaviour.
import { REST_DEFAULT_LIMIT, REST_MAX_LIMIT } from "../../validations/rest";

const str = { type: "string" } as const;
const int = { type: "integer" } as const;
const num = { type: "number" } as const;
const date = {
  type: ["string", "null"],
  pattern: "^\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}$",
  description: "MM/DD/YYYY HH:mm, UTC; null when unset",
} as const;
const obj = (properties: Record<string, unknown>) => ({
  type: "object",
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
});
/** The registry's currency, beside a body that keeps 3dcart's shape (lib/api/rest/handler.ts). */
const currencyHeader = {
  description: "ISO 4217 code of the registry's currency (USD, EUR, JPY…): Price and Subtotal are plain decimals of it.",
  schema: { type: "string", pattern: "^[A-Z]{3}$" },
} as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ "application/json": { schema } });
const error = (description: string) => ({ description, content: json({ type: "array", items: ref("Error") }) });

const dateFilter = (name: string, what: string, edge: "Start" | "End") => ({
  name,
  in: "query",
  required: false,
  description: `${what} ${edge} (mm/dd/yyyy hh:mm:ss, UTC). Date-only mm/dd/yyyy means the ${edge === "Start" ? "start" : "end"} of that day. Blank is ignored.`,
  schema: str,
});
const pagination = [
  {
    name: "limit",
    in: "query",
    required: false,
    description: `Maximum number of rows returned (1–${REST_MAX_LIMIT}, default ${REST_DEFAULT_LIMIT}).`,
    schema: { ...int, minimum: 1, maximum: REST_MAX_LIMIT, default: REST_DEFAULT_LIMIT },
  },
  {
    name: "offset",
    in: "query",
    required: false,
    description: "Number of rows to skip (default 0). Rows are ordered by id, so pages are stable.",
    schema: { ...int, minimum: 0, default: 0 },
  },
];
const idParam = {
  name: "giftregistryid",
  in: "path",
  required: true,
  description: "The ID of the Gift Registry",
  schema: { ...int, minimum: 1 },
};
const common = {
  "400": error("Malformed parameter; Key names the parameter."),
  "401": error("Missing or invalid PrivateKey/Token, or a revoked credential."),
  "429": { ...error("Too many requests for this credential; wait Retry-After seconds."), headers: { "Retry-After": { schema: int } } },
  "500": error("Unexpected server error (no details are given)."),
};

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Wishwell GiftRegistries REST API (3dcart v2 compatible)",
    version: "2.0.0",
    description:
      "Read-only access for store systems. Every path also answers under /3dCartWebAPI/v2/. Registries deactivated by an admin are never returned; public, unlisted and private registries are. " +
      "Errors are always a JSON array of { Key, Message }. Paths match in any letter case.",
    license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
  },
  servers: [{ url: "/api/v2" }, { url: "/3dCartWebAPI/v2" }],
  security: [{ PrivateKey: [], Token: [] }],
  paths: {
    "/GiftRegistries": {
      get: {
        operationId: "listGiftRegistries",
        summary: "Retrieve a list of gift registries",
        parameters: [
          {
            name: "catalogid",
            in: "query",
            required: false,
            description: "Only registries listing this catalog product.",
            schema: { ...int, minimum: 1 },
          },
          {
            name: "sku",
            in: "query",
            required: false,
            description: "Only registries listing an item with this SKU (exact match; with catalogid, the same item must match both).",
            schema: str,
          },
          dateFilter("datestartcreated", "Created Date", "Start"),
          dateFilter("dateendcreated", "Created Date", "End"),
          dateFilter("datestartevent", "Event Date", "Start"),
          dateFilter("dateendevent", "Event Date", "End"),
          dateFilter("datestartexpiration", "Expiration Date", "Start"),
          dateFilter("dateendexpiration", "Expiration Date", "End"),
          ...pagination,
          {
            name: "countonly",
            in: "query",
            required: false,
            description: "1 or true: return only { TotalCount } of matching registries (200 even when 0).",
            schema: { type: "string", enum: ["0", "1", "true", "false"] },
          },
        ],
        responses: {
          "200": {
            description: "Registries ordered by id, or { TotalCount } with countonly=1.",
            content: json({ oneOf: [{ type: "array", items: ref("GiftRegistry") }, ref("Count")] }),
          },
          ...common,
          "404": error("No Gift Registry record(s) found (also when offset is past the last row)."),
        },
      },
    },
    "/GiftRegistries/{giftregistryid}": {
      get: {
        operationId: "getGiftRegistry",
        summary: "Retrieve a specific gift registry by id",
        parameters: [idParam],
        responses: {
          "200": {
            description: "An array holding the one registry. Its prices are in the currency named by the X-Registry-Currency header.",
            headers: { "X-Registry-Currency": currencyHeader },
            content: json({ type: "array", items: ref("GiftRegistry"), maxItems: 1 }),
          },
          ...common,
          "404": error("No Gift Registry record(s) found."),
        },
      },
    },
    "/GiftRegistries/{giftregistryid}/Items": {
      get: {
        operationId: "listGiftRegistryItems",
        summary: "Retrieve the items of a specific gift registry",
        parameters: [idParam, ...pagination],
        responses: {
          "200": {
            description: "Items in the registrant's order, priced in the currency named by the X-Registry-Currency header.",
            headers: { "X-Registry-Currency": currencyHeader },
            content: json({ type: "array", items: ref("GiftRegistryItem") }),
          },
          ...common,
          "404": error("No Gift Registry record(s) found, or the page holds no items."),
        },
      },
    },
  },
  components: {
    securitySchemes: {
      PrivateKey: { type: "apiKey", in: "header", name: "PrivateKey" },
      Token: { type: "apiKey", in: "header", name: "Token" },
    },
    schemas: {
      Error: obj({ Key: str, Message: str }),
      Count: obj({ TotalCount: int }),
      CustomerAddressBook: obj({
        CustomerAddressId: { ...int, description: "Id of the registry owner's account" },
        FirstName: str,
        LastName: str,
        Address1: str,
        Address2: str,
        City: str,
        State: str,
        ZipCode: str,
        Country: { ...str, description: "ISO 3166-1 alpha-3" },
        Company: str,
        PhoneNumber: str,
      }),
      GiftRegistryItem: obj({
        CatalogID: { ...int, description: "Catalog product id; 0 for a custom item" },
        SKU: str,
        ItemName: str,
        Listed: { ...int, description: "Units requested" },
        Price: {
          ...num,
          description:
            "Unit price as a plain decimal in the registry's currency, with that currency's decimals (USD 12.5, JPY 1500, KWD 1.25). " +
            "GET /GiftRegistries/{giftregistryid} and its /Items name the currency in the X-Registry-Currency header.",
        },
        Subtotal: { ...num, description: "Price × Listed" },
        Sold: { ...int, description: "Units purchased through the store or the web" },
        SoldOffline: { ...int, description: "Units bought elsewhere" },
      }),
      GiftRegistry: obj({
        CustomerAddressBook: ref("CustomerAddressBook"),
        GiftRegistryID: int,
        Name: str,
        Created: date,
        LastUpdate: date,
        Expires: date,
        Event: date,
        Message: str,
        ShipToAddress: { type: "boolean", description: "The registry has a delivery address" },
        Sold: { ...int, description: "Units purchased over all items" },
        Items: { ...int, description: "Number of item lines" },
        GiftRegistryItemList: { type: "array", items: ref("GiftRegistryItem") },
      }),
    },
  },
} as const;
