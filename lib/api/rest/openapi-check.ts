// Real answers against the published OpenAPI 3.1 document, with a standard JSON Schema 2020-12
// validator (Ajv): used by the unit and e2e tests. Returns problems; [] means conforming.
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";

type Doc = { components: { schemas: Record<string, unknown> } };

const validators = new WeakMap<Doc, Ajv2020>();

function ajvFor(doc: Doc): Ajv2020 {
  let ajv = validators.get(doc);
  if (!ajv) {
    // strict: false lets OpenAPI's own keywords (example, description) pass as annotations.
    ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ $id: "openapi.json", components: doc.components });
    validators.set(doc, ajv);
  }
  return ajv;
}

const localRefs = (schema: unknown): unknown =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi.json#/components/'));

const describeError = (e: ErrorObject) =>
  `$${e.instancePath.replaceAll("/", ".")}: ${e.keyword === "additionalProperties" ? `${String(e.params.additionalProperty)} is not in the schema` : e.message}`;

export function checkAgainstSchema(doc: Doc, schema: unknown, value: unknown): string[] {
  const validate = ajvFor(doc).compile(localRefs(schema) as object);
  return validate(value) ? [] : (validate.errors ?? []).map(describeError);
}
