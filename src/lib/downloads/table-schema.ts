import { z } from 'zod';
import { sampleColumnSchema } from '../schema/download.ts';

/** A Frictionless Table Schema field, generated from a zod schema's JSON Schema. */
export interface TableField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'yearmonth';
  /** Vietnamese meaning. */
  title: string;
  /** English meaning. */
  description: string;
  constraints?: {
    required?: boolean;
    pattern?: string;
    enum?: (string | number | boolean)[];
    minimum?: number;
  };
}

interface JsonProp {
  type?: string | string[];
  minLength?: number;
  pattern?: string;
  enum?: (string | number)[];
  const?: string | number | boolean;
  minimum?: number;
  anyOf?: JsonProp[];
  title?: string;
  description?: string;
}

const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const MONTH = '^\\d{4}-(0[1-9]|1[0-2])$';

function fieldType(p: JsonProp): TableField['type'] {
  if (p.type === 'integer') return 'integer';
  if (p.type === 'number') return 'number';
  if (p.type === 'boolean') return 'boolean';
  if (p.pattern === DATE) return 'date';
  if (p.pattern === MONTH) return 'yearmonth';
  return 'string';
}

function constraints(p: JsonProp, required: boolean): TableField['constraints'] {
  const c: NonNullable<TableField['constraints']> = {};
  if (required) c.required = true;
  const type = fieldType(p);
  // Dates and months are checked by their type; a pattern is for codes.
  if (p.pattern && type === 'string') c.pattern = p.pattern.replace(/^\^|\$$/g, '');
  if (p.enum) c.enum = p.enum;
  if (p.const !== undefined) c.enum = [p.const];
  if (p.minimum !== undefined && p.minimum > Number.MIN_SAFE_INTEGER) c.minimum = p.minimum;
  return Object.keys(c).length > 0 ? c : undefined;
}

/** The fields of a download's rows, in column order; with the sample column first when asked. */
export function tableFields(schema: z.ZodObject, sample = false): TableField[] {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as {
    properties: Record<string, JsonProp>;
    required?: string[];
  };
  const required = new Set(json.required ?? []);
  const fields = Object.entries(json.properties).map(([name, prop]): TableField => {
    // A nullable field is either anyOf [schema, null] or a type list ["number", "null"].
    const listed = Array.isArray(prop.type) ? prop.type : undefined;
    const inner = listed
      ? { ...prop, type: listed.find((t) => t !== 'null')! }
      : (prop.anyOf?.find((p) => p.type !== 'null') ?? prop);
    const nullable = !!listed?.includes('null') || !!prop.anyOf?.some((p) => p.type === 'null');
    // In a CSV an empty cell is a missing value: a text that may be empty ("" for a province's
    // province) is not required there.
    const mayBeEmpty =
      inner.type === 'string' &&
      !inner.minLength &&
      !inner.pattern &&
      !inner.enum &&
      inner.const === undefined;
    const c = constraints(inner, required.has(name) && !nullable && !mayBeEmpty);
    return {
      name,
      type: fieldType(inner),
      title: prop.title ?? inner.title ?? '',
      description: prop.description ?? inner.description ?? '',
      ...(c ? { constraints: c } : {}),
    };
  });
  return sample ? [sampleField(), ...fields] : fields;
}

export const SAMPLE_COLUMN = 'sample_data';

function sampleField(): TableField {
  const meta = sampleColumnSchema.meta() as { title: string; description: string };
  return {
    name: SAMPLE_COLUMN,
    type: 'string',
    title: meta.title,
    description: meta.description,
    constraints: { required: true, enum: [sampleColumnSchema.value] },
  };
}
