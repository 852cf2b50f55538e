// A validator for FollowTheMoney entities against resources/ftm/model-subset.json (copied from
// the FtM schema YAML files): known, non-abstract schema; only properties the schema or its
// parents define; required properties present; values typed as FtM expects; entity references
// resolving to an emitted entity whose schema the property's range accepts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface PropertySpec {
  type: string;
  range?: string;
}
interface SchemaSpec {
  extends: string[];
  abstract: boolean;
  required: string[];
  properties: Record<string, PropertySpec>;
}

export interface FtmLine {
  id: string;
  schema: string;
  properties: Record<string, unknown>;
}

const MODEL_PATH = fileURLToPath(new URL('../../resources/ftm/model-subset.json', import.meta.url));
const model = (JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as { schemata: Record<string, SchemaSpec> }).schemata;

function ancestry(schema: string): string[] {
  const spec = model[schema];
  return spec ? [schema, ...spec.extends.flatMap(ancestry)] : [schema];
}

function property(schema: string, name: string): PropertySpec | undefined {
  for (const s of ancestry(schema)) {
    const p = model[s]?.properties[name];
    if (p) return p;
  }
  return undefined;
}

const VALUE_CHECKS: Record<string, RegExp> = {
  country: /^[a-z]{2}$/,
  language: /^[a-z]{3}$/,
  date: /^\d{4}(-\d{2}(-\d{2})?)?$/,
  url: /^https?:\/\/\S+$/,
};

function valueErrors(where: string, spec: PropertySpec, values: unknown): string[] {
  if (!Array.isArray(values) || values.length === 0) return [`${where}: values must be a non-empty array`];
  return values.flatMap((v) => {
    if (typeof v !== 'string' || v.length === 0) return [`${where}: ${JSON.stringify(v)} is not a non-empty string`];
    const check = VALUE_CHECKS[spec.type];
    return check && !check.test(v) ? [`${where}: ${v} is not a valid ${spec.type}`] : [];
  });
}

function lineErrors(e: FtmLine, schemaOf: Map<string, string>): string[] {
  const spec = model[e.schema];
  if (!spec) return [`${e.id}: unknown schema ${e.schema}`];
  if (spec.abstract) return [`${e.id}: abstract schema ${e.schema}`];
  const errors: string[] = [];
  const required = new Set(ancestry(e.schema).flatMap((s) => model[s]?.required ?? []));
  for (const r of required) if (!(r in e.properties)) errors.push(`${e.id} (${e.schema}): missing required ${r}`);
  for (const [name, values] of Object.entries(e.properties)) {
    const p = property(e.schema, name);
    if (!p) {
      errors.push(`${e.id} (${e.schema}): no property ${name}`);
      continue;
    }
    errors.push(...valueErrors(`${e.id}.${name}`, p, values));
    if (p.type !== 'entity' || !Array.isArray(values)) continue;
    for (const ref of values) {
      const target = schemaOf.get(String(ref));
      if (!target) errors.push(`${e.id}.${name}: dangling reference ${String(ref)}`);
      else if (p.range && !ancestry(target).includes(p.range)) errors.push(`${e.id}.${name}: ${target} is not a ${p.range}`);
    }
  }
  return errors;
}

/** Every problem found in the lines, empty when all of them are valid. */
export function validateFtm(lines: FtmLine[]): string[] {
  const schemaOf = new Map(lines.map((e) => [e.id, e.schema]));
  const errors = lines.flatMap((e) => lineErrors(e, schemaOf));
  if (schemaOf.size !== lines.length) errors.push('duplicate entity ids');
  return errors;
}
