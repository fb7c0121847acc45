/**
 * Turns the API's OpenAPI 3.1 document into TypeScript types of the shape openapi-fetch reads
 * (`paths` and `components`, as openapi-typescript would emit). Pure and deterministic: keys are
 * sorted, so the committed file only changes when the contract does.
 */
import { apiRouter } from '../src/app.ts';
import type { Deps } from '../src/deps.ts';
import { openApiDocument } from '../src/http/openapi-document.ts';

type JsonSchema = { [key: string]: unknown };
type Doc = ReturnType<typeof openApiDocument>;

export const GENERATED_FILE = 'web/src/api/openapi.gen.ts';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** The document as the server builds it; the routes only read `deps` when a request arrives. */
export function buildDocument(): Doc {
  const deps = { config: { publicUrl: 'http://localhost' } } as unknown as Deps;
  return openApiDocument(apiRouter(deps), '/api/v1');
}

const sorted = (o: object) => Object.keys(o).sort();
const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name.replace(/'/g, "\\'")}'`);
const literal = (v: unknown) => (typeof v === 'string' ? `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : JSON.stringify(v));
const indent = (text: string, pad: string) => text.replace(/\n/g, `\n${pad}`);
const union = (parts: string[]) => {
  const unique = [...new Set(parts)];
  return unique.length === 0 ? 'never' : unique.join(' | ');
};

function objectType(s: JsonSchema): string {
  const props = (s.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((s.required ?? []) as string[]);
  const lines = sorted(props).map((name) => `${key(name)}${required.has(name) ? '' : '?'}: ${schemaType(props[name])};`);
  const extra = s.additionalProperties;
  if (extra === true || (typeof extra === 'object' && extra !== null)) {
    const value = extra === true || Object.keys(extra).length === 0 ? 'unknown' : schemaType(extra as JsonSchema);
    lines.push(`[key: string]: ${value};`);
  } else if (extra === undefined && lines.length === 0) {
    lines.push('[key: string]: unknown;');
  }
  if (lines.length === 0) return 'Record<string, never>';
  return `{\n  ${lines.map((l) => indent(l, '  ')).join('\n  ')}\n}`;
}

function typeOf(type: string, s: JsonSchema): string {
  switch (type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array': {
      if (Array.isArray(s.prefixItems)) return `[${(s.prefixItems as JsonSchema[]).map(schemaType).join(', ')}]`;
      const item = s.items ? schemaType(s.items as JsonSchema) : 'unknown';
      return /^[\w.'[\]]+$/.test(item) ? `${item}[]` : `(${item})[]`;
    }
    case 'object':
      return objectType(s);
    default:
      return 'unknown';
  }
}

/** One JSON Schema as a TypeScript type. */
export function schemaType(s: JsonSchema | boolean | undefined): string {
  if (s === undefined || s === true) return 'unknown';
  if (s === false) return 'never';
  const nullable = s.nullable === true ? ' | null' : '';
  if (typeof s.$ref === 'string') return `components['schemas'][${literal(s.$ref.split('/').pop())}]${nullable}`;
  if ('const' in s) return literal(s.const) + nullable;
  if (Array.isArray(s.enum)) return union(s.enum.map(literal)) + nullable;
  const wrap = (t: string) => (t.includes(' | ') || t.includes(' & ') ? `(${t})` : t);
  if (Array.isArray(s.allOf)) {
    // A nullable reference comes out as allOf [ref, { type: ['object', 'null'] }]: that bare member only says "or null".
    const members = s.allOf as JsonSchema[];
    const bareNull = (x: JsonSchema) => Object.keys(x).length === 1 && Array.isArray(x.type) && (x.type as string[]).includes('null');
    const orNull = members.some(bareNull) ? ' | null' : '';
    const rest = members.filter((x) => !bareNull(x));
    return rest.map((x) => wrap(schemaType(x))).join(' & ') + (orNull || nullable);
  }
  const alternatives = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(alternatives)) return union(alternatives.map(schemaType)) + nullable;
  if (Array.isArray(s.type)) return union((s.type as string[]).map((t) => typeOf(t, s))) + nullable;
  if (typeof s.type === 'string') return typeOf(s.type, s) + nullable;
  if (s.properties || s.additionalProperties) return objectType(s) + nullable;
  return 'unknown';
}

type Parameter = { name: string; in: 'query' | 'path' | 'header' | 'cookie'; required?: boolean; schema?: JsonSchema };
type Content = Record<string, { schema?: JsonSchema }>;
type Operation = {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Content };
  responses?: Record<string, { content?: Content }>;
};

const block = (lines: string[]) =>
  lines.length === 0 ? 'Record<string, never>' : `{\n  ${lines.map((l) => indent(l, '  ')).join('\n  ')}\n}`;

function contentType(content: Content | undefined): string {
  if (!content) return 'content?: never;';
  return `content: ${block(sorted(content).map((media) => `${literal(media)}: ${schemaType(content[media].schema)};`))};`;
}

function parametersType(params: Parameter[]): string {
  const lines: string[] = [];
  for (const place of ['query', 'header', 'path', 'cookie'] as const) {
    const here = params.filter((p) => p.in === place).sort((a, b) => a.name.localeCompare(b.name));
    if (here.length === 0) {
      lines.push(`${place}?: never;`);
      continue;
    }
    const anyRequired = here.some((p) => p.required);
    const fields = here.map((p) => `${key(p.name)}${p.required ? '' : '?'}: ${schemaType(p.schema)};`);
    lines.push(`${place}${anyRequired ? '' : '?'}: ${block(fields)};`);
  }
  return block(lines);
}

function operationType(op: Operation): string {
  const lines = [`parameters: ${parametersType(op.parameters ?? [])};`];
  if (op.requestBody)
    lines.push(`requestBody${op.requestBody.required ? '' : '?'}: {\n  ${indent(contentType(op.requestBody.content), '  ')}\n};`);
  else lines.push('requestBody?: never;');
  const responses = op.responses ?? {};
  const entries = sorted(responses).map((status) => {
    const body = `headers: {\n  [name: string]: unknown;\n};\n${contentType(responses[status].content)}`;
    return `${/^\d+$/.test(status) ? status : literal(status)}: {\n  ${indent(body, '  ')}\n};`;
  });
  lines.push(`responses: ${block(entries)};`);
  return block(lines);
}

/** The whole generated module, header included. */
export function renderApiTypes(doc: Doc): string {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation>>;
  const pathLines = sorted(paths).map((path) => {
    const item = paths[path];
    const lines = METHODS.map((m) => (item[m] ? `${m}: ${operationType(item[m])};` : `${m}?: never;`));
    return `${literal(path)}: ${block(lines)};`;
  });
  const schemas = (doc.components?.schemas ?? {}) as Record<string, JsonSchema>;
  const schemaLines = sorted(schemas).map((name) => `${key(name)}: ${schemaType(schemas[name])};`);
  return [
    "// Generated from the API's OpenAPI document by `npm run api:generate` (scripts/generate-api-types.ts).",
    "// Do not edit by hand: change the server's zod schemas and regenerate; a test fails when this file is stale.",
    '',
    `export interface paths ${block(pathLines)}`,
    '',
    `export interface components {\n  schemas: ${indent(block(schemaLines), '  ')};\n}`,
    '',
  ].join('\n');
}
