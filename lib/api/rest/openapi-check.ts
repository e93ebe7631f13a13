// A small checker for the subset of JSON Schema our OpenAPI document uses (type, required,
// additionalProperties, properties, items, pattern, oneOf, $ref). Used by the unit and e2e tests to
// prove real responses match the published description. Returns problems; [] means conforming.
type Schema = Record<string, unknown>;
type Doc = { components: { schemas: Record<string, unknown> } };

function resolve(doc: Doc, schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== "string") return schema;
  const target = doc.components.schemas[ref.replace("#/components/schemas/", "")];
  if (!target) throw new Error(`Unresolved $ref ${ref}`);
  return resolve(doc, target as Schema);
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

export function checkAgainstSchema(doc: Doc, raw: unknown, value: unknown, at = "$"): string[] {
  const schema = resolve(doc, raw as Schema);
  if (Array.isArray(schema.oneOf)) {
    const matching = schema.oneOf.filter((s) => checkAgainstSchema(doc, s, value, at).length === 0);
    return matching.length === 1 ? [] : [`${at}: matches ${matching.length} of oneOf`];
  }
  const allowed = ([] as unknown[]).concat(schema.type ?? []);
  const actual = typeOf(value);
  if (allowed.length && !allowed.includes(actual) && !(actual === "integer" && allowed.includes("number")))
    return [`${at}: ${actual} is not ${allowed.join("|")}`];
  const problems: string[] = [];
  if (typeof value === "string" && typeof schema.pattern === "string" && !new RegExp(schema.pattern).test(value))
    problems.push(`${at}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  if (actual === "array" && schema.items)
    (value as unknown[]).forEach((v, i) => problems.push(...checkAgainstSchema(doc, schema.items, v, `${at}[${i}]`)));
  if (actual === "object" && schema.properties) {
    const props = schema.properties as Record<string, unknown>;
    const obj = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in obj)) problems.push(`${at}.${key}: missing`);
    for (const [key, v] of Object.entries(obj)) {
      if (key in props) problems.push(...checkAgainstSchema(doc, props[key], v, `${at}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${at}.${key}: not in the schema`);
    }
  }
  return problems;
}

/** Every $ref in the document, so a test can prove they all resolve. */
export function allRefs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => allRefs(n, found));
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) k === "$ref" && typeof v === "string" ? found.push(v) : allRefs(v, found);
  return found;
}
