// fast-check arbitraries built from the OpenAPI document's JSON schemas: values shaped like what an
// operation expects, with any part swapped for a hostile value (NUL, a lone surrogate, an id past
// 2^31, 1e308, year 9999, a wrong type, 100 kB of text) so validation, not the database, must refuse.
import fc from 'fast-check';

export type JsonSchema = {
  $ref?: string; type?: string | string[]; enum?: unknown[]; const?: unknown; format?: string; pattern?: string;
  properties?: Record<string, JsonSchema>; required?: string[]; items?: JsonSchema; anyOf?: JsonSchema[]; oneOf?: JsonSchema[];
  allOf?: JsonSchema[]; minimum?: number; maximum?: number; nullable?: boolean;
};
export type Components = Record<string, JsonSchema>;

/** Values no input should turn into a 500. */
export const HOSTILE_VALUES: unknown[] = [
  '\u0000', 'Ban\u0000x', '\uD800x', 'x\uDC00', 'x'.repeat(100_000), '', ' ', '9999-12-31', '2199-12-31', '0001-01-01',
  '2021-02-30', '2021-10-23T00:00:00Z', '=1+1', '@SUM(A1)', '\t=cmd', "'; drop table users; --", 'ﬁ\u0301', '１２',
  2147483648, 9007199254740993, 1e308, -1e308, -1, 0, 1.5, -2147483649, Number.MIN_VALUE,
  null, true, false, [], {}, [null], { id: 2147483648 }, [2147483648], ['\u0000'],
];

/** Path and query values no input should turn into a 500. */
export const HOSTILE_TEXT = [
  '2147483648', '9007199254740993', '99999999999999999999', '0', '-1', '1e308', '1.5', 'abc', '%00', '%F0%9F%98%80',
  '%ED%A0%80', '9999-12-31', '2199-12-31', '0001-01-01', '', ' ', 'x'.repeat(5000), 'null', 'true', '[]', '%27%3B--',
];

function resolve(schema: JsonSchema, components: Components): JsonSchema {
  let s = schema;
  for (let i = 0; s.$ref && i < 10; i++) s = components[s.$ref.replace('#/components/schemas/', '')] ?? {};
  return s;
}

/** A value shaped like `schema` (small ids, real dates), not necessarily valid. */
function shaped(schema: JsonSchema, components: Components, depth: number): fc.Arbitrary<unknown> {
  const s = resolve(schema, components);
  const options = s.anyOf ?? s.oneOf ?? (s.allOf && s.allOf.length === 1 ? s.allOf : undefined);
  if (options?.length) return fc.oneof(...options.map((o) => value(o, components, depth)));
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      if (depth > 4) return fc.constant({});
      const props = Object.entries(s.properties ?? {});
      const required = new Set(s.required ?? []);
      const record = fc.record(Object.fromEntries(props.map(([k, v]) => [k, value(v, components, depth + 1)])),
        { requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)) });
      return fc.oneof({ weight: 5, arbitrary: record },
        { weight: 1, arbitrary: fc.tuple(record, fc.constantFrom('extra', '__proto__', 'id', '\u0000'), fc.constantFrom(...HOSTILE_VALUES.slice(0, 12)))
          .map(([r, k, v]) => ({ ...(r as object), [k]: v })) });
    }
    case 'array':
      return depth > 4 ? fc.constant([]) : fc.array(value(s.items ?? {}, components, depth + 1), { maxLength: 3 });
    case 'integer':
    case 'number':
      return fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: s.minimum ?? -5, max: Math.min(s.maximum ?? 100_000, 100_000) }));
    case 'boolean':
      return fc.boolean();
    case 'string':
      if (s.format === 'date' || /\\d\{4\}-/.test(s.pattern ?? '')) return fc.constantFrom('2021-10-23', '2021-10-16', '2021-09-11', '2021-10-20');
      return fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('Tân Nam', '2021-10-23', 'before', 'xi_mang', 'admin'));
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** `shaped`, with any part sometimes replaced by a hostile value. */
export function value(schema: JsonSchema, components: Components, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: shaped(schema, components, depth) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_VALUES) });
}

/** A whole request body: shaped and mutated mostly, sometimes any JSON at all. */
export function body(schema: JsonSchema, components: Components): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 8, arbitrary: value(schema, components) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) });
}

/** A path or query value: a small id or a real-looking value mostly, sometimes hostile text. */
export function paramText(schema: JsonSchema | undefined, components: Components): fc.Arbitrary<string> {
  const s = schema ? resolve(schema, components) : {};
  const plain = s.enum?.length ? fc.constantFrom(...s.enum.map(String))
    : s.type === 'integer' || s.type === 'number' ? fc.integer({ min: 1, max: 6 }).map(String)
      : fc.constantFrom('1', '2', '2021-10-23', 'Tân Nam', 'tan nam', '2021-W42', '2021-10');
  return fc.oneof({ weight: 2, arbitrary: plain }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
}
