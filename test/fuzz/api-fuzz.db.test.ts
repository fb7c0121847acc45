/**
 * API fuzz: requests built from the served OpenAPI document, against the real app and a real,
 * seeded database (the role-matrix world), in-process. Every operation gets the same share of
 * requests: well-formed ones, then each broken in one way — a field of the wrong type, a required
 * field missing, an unknown field, a 1 MB string, control characters and odd unicode, an impossible
 * calendar date, malformed JSON, a body that is not an object, the wrong content type (text/plain,
 * XML, urlencoded, multipart, none), an invalid path id, garbage and bogus cursors in the query.
 * Mostly as an admin, some as a leader, a CSM and a viewer. The seed is fixed, so a failure
 * reproduces; each failure prints the request that caused it.
 *
 * Allowed: any answer below 500, and every 4xx is application/problem+json. An unknown field or an
 * impossible date is never a 2xx (request schemas are strict).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { createApiToken } from '../../src/modules/auth/index.ts';
import { type RoleMatrixFixture, seedRoleMatrix } from '../helpers/role-matrix-fixture.ts';
import { createTestDeps } from '../helpers/test-deps.ts';

const SEED = 20261204;
const REQUESTS_PER_OPERATION = 160;
const MEGABYTE = 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema from the OpenAPI document is walked generically
type Json = any;
type Mutation =
  | 'valid'
  | 'wrongType'
  | 'missing'
  | 'extra'
  | 'huge'
  | 'oddString'
  | 'badDate'
  | 'malformedJson'
  | 'notObject'
  | 'contentType'
  | 'badPath'
  | 'badQuery'
  | 'extraQuery'
  | 'bogusCursor';

type Operation = {
  method: string;
  path: string;
  params: { name: string; in: string; schema: Json; required?: boolean }[];
  bodyType?: 'json' | 'multipart';
  bodySchema?: Json;
};

type FuzzRequest = {
  method: string;
  url: string;
  caller: string;
  mutation: Mutation;
  contentType?: string;
  body?: string | FormData;
  describeBody: string;
};

/** mulberry32: small, fast, and the same sequence on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof rng>;

const ODD_STRINGS = [
  'a\u0000b',
  'bell\u0007ring',
  'tab\tnew\nline\r',
  '\u001b[31mred\u001b[0m',
  '\u202egnp.exe',
  'zero\u200bwidth',
  '\ud800lone surrogate',
  '😀👩‍👩‍👧‍👦',
  'e\u0301\u0301\u0301',
  '\uFEFFbom',
  '\u0085next\u2028line\u2029para',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '%00%ff',
  '../../etc/passwd',
  '=SUM(A1)',
  ' ',
  '',
];

const BAD_IDS = [
  'not-a-uuid',
  '1',
  '00000000-0000-0000-0000-00000000000g',
  "'%20or%201=1--",
  '%00',
  'a'.repeat(300),
  '..%2F..',
  '%F0%9F%98%80',
  '-1',
  'null',
];

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const BOGUS_CURSORS = [
  'abc',
  '!!!',
  '%00',
  'x'.repeat(5000),
  b64('null'),
  b64('[]'),
  b64('"text"'),
  b64('{"id":5}'),
  b64('{"v":{},"id":"x"}'),
  b64('{"v":[1,2],"id":"7b0d3c2e-3f2a-4b8e-9d1c-1a2b3c4d5e6f"}'),
  b64('{"v":"not a number","id":"7b0d3c2e-3f2a-4b8e-9d1c-1a2b3c4d5e6f"}'),
  b64('{"v":"2026-02-30","id":"7b0d3c2e-3f2a-4b8e-9d1c-1a2b3c4d5e6f"}'),
  b64('{"v":1e308,"id":"not-a-uuid"}'),
  b64('{"v":true,"id":"7b0d3c2e-3f2a-4b8e-9d1c-1a2b3c4d5e6f"}'),
  b64('{"v":null,"id":"\\u0000"}'),
  b64('{"v":"a\\u0000b","id":"7b0d3c2e-3f2a-4b8e-9d1c-1a2b3c4d5e6f"}'),
];

const MALFORMED_JSON = ['{', '{"name":', '{"a":1,}', "{'a':1}", 'nul', '[1,2', '{"a":"\\x"}', '\u0000', '{}}', 'NaN'];

const IMPOSSIBLE_DATES = ['2027-02-30', '2027-13-45', '2026-00-10', '2026-04-31', '0000-00-00'];

const CSV_BODIES = [
  'Name,Tier\nAcme,strategic\n',
  'Name,Tier\n"Acme,strategic\n',
  'Name,Tier\nAc"me",strategic\n"Bad""quote,enterprise\n',
  'Account ID,Account Name\n001000000000001AAA,"Stray " quote"\n',
  '',
  '\u0000\u0001\u0002binary',
  'a,b,c\n1,2\n3,4,5,6\n',
  'Id,Name\n=cmd|calc,@SUM(1)\n',
  `Name,Tier\n${'x'.repeat(10_000)},community\n`,
  'Date,Score,Comment,Email\n2027-02-30,9,ok,a@b.example\n2026-01-01,11,"unclosed\n',
];

function resolve(doc: Json, schema: Json): Json {
  let s = schema;
  for (let depth = 0; s?.$ref && depth < 10; depth++) s = doc.components.schemas[s.$ref.split('/').pop()];
  return s ?? {};
}

function isDateSchema(s: Json): boolean {
  return s?.format === 'date' || (typeof s?.pattern === 'string' && s.pattern.includes('\\d{4}-\\d{2}-\\d{2}') && !s.pattern.includes('T'));
}

/** A value the schema accepts, as far as JSON Schema says (ids drawn from real records). */
function generate(doc: Json, raw: Json, r: Rng, ids: string[], depth = 0): unknown {
  const s = resolve(doc, raw);
  if (s.const !== undefined) return s.const;
  if (s.enum) return r.pick(s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) {
    const nonNull = alternatives.filter((a: Json) => resolve(doc, a).type !== 'null');
    return generate(doc, r.chance(0.85) && nonNull.length > 0 ? r.pick(nonNull) : r.pick(alternatives), r, ids, depth + 1);
  }
  if (s.allOf) return Object.assign({}, ...s.allOf.map((part: Json) => generate(doc, part, r, ids, depth + 1)));
  let type = s.type;
  if (Array.isArray(type))
    type = type.includes('null') && type.length > 1 && r.chance(0.85) ? type.find((t: string) => t !== 'null') : r.pick(type);
  if (!type) type = s.properties ? 'object' : s.items ? 'array' : 'string';
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return r.chance(0.5);
    case 'integer':
    case 'number': {
      const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 0);
      const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : Math.max(min, 100));
      const value = min + r.next() * (Math.min(max, min + 1000) - min);
      return type === 'integer' ? Math.round(value) : Math.round(value * 100) / 100;
    }
    case 'array': {
      if (depth > 4) return [];
      const count = Math.max(s.minItems ?? 0, r.int(3));
      return Array.from({ length: Math.min(count, s.maxItems ?? count) }, () => generate(doc, s.items ?? {}, r, ids, depth + 1));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth > 5) return out;
      const required: string[] = s.required ?? [];
      for (const [key, prop] of Object.entries<Json>(s.properties ?? {})) {
        if (required.includes(key) || r.chance(0.5)) out[key] = generate(doc, prop, r, ids, depth + 1);
      }
      return out;
    }
    default: {
      if (s.format === 'uuid') return r.chance(0.85) && ids.length > 0 ? r.pick(ids) : crypto.randomUUID();
      if (s.format === 'email') return `fuzz${r.int(1e6)}@example.test`;
      if (s.format === 'date-time') return new Date(Date.UTC(2026, r.int(12), 1 + r.int(28), r.int(24))).toISOString();
      if (isDateSchema(s)) return `202${6 + r.int(2)}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`;
      const min = s.minLength ?? 1;
      const max = Math.min(s.maxLength ?? 24, 40);
      const length = Math.max(min, Math.min(max, 3 + r.int(12)));
      return `fuzz ${r.int(1e6)} ${'x'.repeat(length)}`.slice(0, Math.max(length, min));
    }
  }
}

/** Every [container, key] pair in a JSON value, to mutate one of them. */
function slots(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      out.push([value, i]);
      slots(v, out);
    }
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, k]);
      slots(v, out);
    }
  return out;
}
const setSlot = ([container, key]: [Record<string, unknown> | unknown[], string | number], v: unknown) => {
  (container as Record<string | number, unknown>)[key] = v;
};

function wrongTypeFor(value: unknown, r: Rng): unknown {
  const options: unknown[] = [42, -1.5, true, 'text', null, [], {}, [1, 'a'], { nested: { deep: true } }, 1e308, -0, '2026-06-01', ''];
  let candidate = r.pick(options);
  for (let i = 0; i < 5 && typeof candidate === typeof value && candidate !== null; i++) candidate = r.pick(options);
  return candidate;
}

function buildOperations(doc: Json): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries<Json>(doc.paths)) {
    for (const [method, op] of Object.entries<Json>(item)) {
      const content = op.requestBody?.content ?? {};
      const bodyType = content['application/json'] ? 'json' : content['multipart/form-data'] ? 'multipart' : undefined;
      ops.push({
        method: method.toUpperCase(),
        path,
        params: op.parameters ?? [],
        bodyType,
        bodySchema: bodyType === 'json' ? content['application/json'].schema : undefined,
      });
    }
  }
  return ops;
}

type Pools = { ids: string[]; questionnaireIds: string[] };

function makeRequest(doc: Json, op: Operation, r: Rng, pools: Pools, callers: string[]): FuzzRequest {
  const bodyMutations: Mutation[] = [
    'wrongType',
    'missing',
    'extra',
    'huge',
    'oddString',
    'badDate',
    'malformedJson',
    'notObject',
    'contentType',
  ];
  const common: Mutation[] = ['valid', 'valid', 'badPath', 'badQuery', 'extraQuery'];
  const hasCursor = op.params.some((p) => p.name === 'cursor');
  const choices: Mutation[] = [
    ...common,
    ...(op.bodyType === 'json' ? bodyMutations : op.bodyType === 'multipart' ? (['contentType', 'oddString', 'valid'] as Mutation[]) : []),
    ...(hasCursor ? (['bogusCursor', 'bogusCursor'] as Mutation[]) : []),
  ];
  let mutation = r.pick(choices);
  if (mutation === 'badPath' && !op.path.includes('{')) mutation = 'badQuery';
  if (mutation === 'huge' && !r.chance(0.35)) mutation = 'oddString'; // 1 MB bodies: a few per operation

  // Path.
  let url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const param = op.params.find((p) => p.in === 'path' && p.name === name);
    const schema = resolve(doc, param?.schema ?? {});
    if (mutation === 'badPath') return r.pick(BAD_IDS);
    if (schema.enum) return r.pick(schema.enum);
    if (op.path.startsWith('/questionnaires') && r.chance(0.6)) return r.pick(pools.questionnaireIds);
    if (op.path.startsWith('/segments') && r.chance(0.7)) return r.pick(['community', 'enterprise', 'strategic']);
    return r.chance(0.85) ? r.pick(pools.ids) : crypto.randomUUID();
  });

  // Query.
  const query = new URLSearchParams();
  for (const p of op.params.filter((x) => x.in === 'query')) {
    if (p.name === 'cursor' && mutation === 'bogusCursor') {
      query.set('cursor', r.pick(BOGUS_CURSORS));
      continue;
    }
    if (!p.required && !r.chance(0.4)) continue;
    const value = generate(doc, p.schema ?? {}, r, pools.ids);
    if (value !== undefined && value !== null && p.name !== 'cursor') query.set(p.name, String(value));
  }
  if (mutation === 'badQuery') {
    const queryParams = op.params.filter((x) => x.in === 'query');
    if (queryParams.length > 0) {
      const p = r.pick(queryParams);
      const junk = r.pick([
        '',
        '-1',
        '1e999',
        'NaN',
        'true',
        '[]',
        '{}',
        'x'.repeat(2000),
        ...ODD_STRINGS,
        ...IMPOSSIBLE_DATES,
        'not-a-uuid',
      ]);
      if (r.chance(0.2)) {
        query.append(p.name, junk);
        query.append(p.name, 'second');
      } else query.set(p.name, junk);
    } else query.set('unexpectedQuery', '1');
  }
  if (mutation === 'extraQuery') query.set(`unexpected_${r.int(100)}`, 'x');
  const qs = query.toString();
  if (qs) url += `?${qs}`;

  const caller = r.chance(0.8) ? 'admin' : r.pick(callers);
  const req: FuzzRequest = { method: op.method, url, caller, mutation, describeBody: '' };

  if (op.bodyType === 'multipart') {
    if (mutation === 'contentType') {
      req.contentType = r.pick(['application/json', 'text/plain', 'application/xml']);
      req.body = req.contentType === 'application/json' ? '{"files":[]}' : 'files=nothing';
      req.describeBody = req.body;
      return req;
    }
    const form = new FormData();
    const csv = r.pick(CSV_BODIES);
    const fileField = op.path.includes('assessment-responses') ? 'file' : 'files';
    if (r.chance(0.9))
      form.append(fileField, new File([csv], r.pick(['accounts.csv', 'data.csv', 'x.json', '\u0000.csv']), { type: 'text/csv' }));
    if (fileField === 'files' && r.chance(0.4))
      form.append('kind', r.pick(['accounts', 'stakeholders', 'touchpoints', 'usage', 'nonsense', '']));
    if (fileField === 'files' && r.chance(0.2))
      form.append('mapping', r.pick(['{"name":"Name"}', '{', '[]', '{"a":1}', mutation === 'oddString' ? r.pick(ODD_STRINGS) : '']));
    if (fileField === 'files' && r.chance(0.1)) form.append('saveMappingAs', r.pick(['zendesk', '\u0000', 'x'.repeat(100), '']));
    if (fileField === 'files' && r.chance(0.1)) form.append('savedMapping', r.pick(['zendesk', 'nope', '']));
    req.body = form;
    req.describeBody = `multipart ${fileField}=${JSON.stringify(csv.slice(0, 120))}`;
    return req;
  }
  if (op.bodyType !== 'json') {
    if (op.method !== 'GET' && op.method !== 'DELETE' && r.chance(0.2)) {
      // A body the operation does not take.
      req.contentType = r.pick(['text/plain', 'application/json']);
      req.body = req.contentType === 'text/plain' ? 'hello' : '{"unexpected":true}';
      req.describeBody = req.body;
    }
    return req;
  }

  let body: unknown = generate(doc, op.bodySchema, r, pools.ids);
  const all = slots(body);
  const stringSlots = all.filter(([c, k]) => typeof (c as Record<string | number, unknown>)[k] === 'string');
  const schema = resolve(doc, op.bodySchema);
  switch (mutation) {
    case 'wrongType':
      if (all.length > 0) {
        const slot = r.pick(all);
        setSlot(slot, wrongTypeFor((slot[0] as Record<string | number, unknown>)[slot[1]], r));
      } else body = { unexpected: 42 };
      break;
    case 'missing': {
      const required: string[] = schema.required ?? [];
      if (required.length > 0 && body && typeof body === 'object') delete (body as Record<string, unknown>)[r.pick(required)];
      else body = {};
      break;
    }
    case 'extra': {
      // At the top level or inside a nested object.
      const objects = [body, ...all.map(([c, k]) => (c as Record<string | number, unknown>)[k])].filter(
        (v) => v && typeof v === 'object' && !Array.isArray(v),
      ) as Record<string, unknown>[];
      const topLevel = objects.length > 0 && r.chance(0.7);
      const target = topLevel ? objects[0] : r.pick(objects.length > 0 ? objects : [{}]);
      // Fields other operations take (ownerId, dueDate on a task) are unknown here unless this schema has them.
      const known = Object.keys(schema.properties ?? {});
      const candidates = ['ownerId', 'dueDate', 'unexpectedField', 'id', 'createdAt', '__proto__x', 'isAdmin'].filter(
        (k) => !known.includes(k),
      );
      target[topLevel && objects[0] === body ? r.pick(candidates) : 'unexpectedField'] = r.pick(['x', 1, true, null]);
      break;
    }
    case 'huge':
      if (stringSlots.length > 0) setSlot(r.pick(stringSlots), 'y'.repeat(MEGABYTE));
      else body = { huge: 'y'.repeat(MEGABYTE) };
      break;
    case 'oddString':
      if (stringSlots.length > 0) setSlot(r.pick(stringSlots), r.pick(ODD_STRINGS));
      else if (all.length > 0) setSlot(r.pick(all), r.pick(ODD_STRINGS));
      break;
    case 'badDate': {
      const dateSlots = all.filter(([c, k]) => {
        const v = (c as Record<string | number, unknown>)[k];
        return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v);
      });
      if (dateSlots.length > 0) setSlot(r.pick(dateSlots), r.pick(IMPOSSIBLE_DATES));
      else req.mutation = 'valid';
      break;
    }
    default:
      break;
  }
  let text = JSON.stringify(body) ?? '';
  req.contentType = 'application/json';
  if (mutation === 'malformedJson') text = r.pick(MALFORMED_JSON);
  if (mutation === 'notObject') text = r.pick(['[]', 'null', '"text"', '42', 'true', '[{"name":"x"}]']);
  if (mutation === 'contentType') {
    const kind = r.pick(['text/plain', 'xml', 'urlencoded', 'multipart', 'none', 'json-ish']);
    if (kind === 'text/plain') req.contentType = 'text/plain';
    if (kind === 'xml') {
      req.contentType = 'application/xml';
      text = `<?xml version="1.0"?><body>${text.replace(/</g, '&lt;')}</body>`;
    }
    if (kind === 'urlencoded') {
      req.contentType = 'application/x-www-form-urlencoded';
      const flat =
        body && typeof body === 'object' ? Object.entries(body).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]) : [];
      text = new URLSearchParams(flat as [string, string][]).toString() || 'a=1';
    }
    if (kind === 'json-ish') req.contentType = 'text/json; charset=utf-8';
    if (kind === 'none') req.contentType = undefined;
    if (kind === 'multipart') {
      const form = new FormData();
      if (body && typeof body === 'object')
        for (const [k, v] of Object.entries(body)) form.append(k, typeof v === 'string' ? v : JSON.stringify(v));
      else form.append('a', '1');
      req.contentType = undefined;
      req.body = form;
      req.describeBody = `multipart ${text.slice(0, 200)}`;
      return req;
    }
  }
  req.body = text;
  req.describeBody = text.length > 300 ? `${text.slice(0, 200)}… (${text.length} chars)` : text;
  return req;
}

describe('API fuzz from the OpenAPI document', () => {
  let deps: Awaited<ReturnType<typeof createTestDeps>>;
  let fx: RoleMatrixFixture;
  let app: ReturnType<typeof createApp>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    deps = await createTestDeps();
    fx = await seedRoleMatrix(deps);
    app = createApp(deps);
    for (const [name, client] of Object.entries({
      admin: fx.users.admin,
      leader: fx.users.leader,
      csm: fx.users.priya,
      viewer: fx.users.viewer,
    })) {
      tokens[name] = (await createApiToken(deps, null, { userId: client.user.id, name: 'fuzz' })).token;
    }
  });
  afterAll(async () => {
    await deps?.database.dispose();
  });

  it('answers no 5xx, every 4xx as problem+json, and refuses unknown fields and impossible dates', { timeout: 600_000 }, async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as Json;
    const operations = buildOperations(doc);
    expect(operations.length).toBeGreaterThan(50);
    const { own, foreign } = fx.books;
    const ids = [
      ...[own, foreign].flatMap((b) => [b.accountId, b.stakeholderId, b.personId, b.touchpointId, b.actionId, b.taskId]),
      fx.programId,
      fx.waveId,
      fx.messageId,
      fx.users.olle.user.id,
    ];
    const pools: Pools = { ids: [...ids], questionnaireIds: [fx.questionnaireId] };
    const r = rng(SEED);
    const failures: string[] = [];
    const groups = new Map<string, { count: number; example: string }>();
    const statuses = new Map<number, number>();
    const byMutation = new Map<Mutation, { sent: number; ok: number; samples: string[] }>();
    let sent = 0;
    const started = performance.now();

    for (let round = 0; round < REQUESTS_PER_OPERATION; round++) {
      for (const op of operations) {
        const req = makeRequest(doc, op, r, pools, ['leader', 'csm', 'viewer']);
        const headers: Record<string, string> = { authorization: `Bearer ${tokens[req.caller]}` };
        if (req.contentType) headers['content-type'] = req.contentType;
        let status: number;
        let contentType = '';
        let text = '';
        try {
          const res = await app.request(`/api/v1${req.url}`, { method: req.method, headers, body: req.body });
          status = res.status;
          contentType = res.headers.get('content-type') ?? '';
          text = await res.text();
        } catch (error) {
          status = 599;
          text = String(error);
        }
        sent++;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const perMutation = byMutation.get(req.mutation) ?? { sent: 0, ok: 0, samples: [] as string[] };
        perMutation.sent++;
        if (status < 300) perMutation.ok++;
        else if (req.mutation === 'valid' && status === 422 && perMutation.samples.length < 8)
          perMutation.samples.push(`${req.method} ${req.url.slice(0, 120)} ${req.describeBody.slice(0, 120)} → ${text.slice(0, 200)}`);
        byMutation.set(req.mutation, perMutation);
        const problems: string[] = [];
        if (status >= 500) problems.push(`answered ${status}`);
        if (status >= 400 && status < 500 && !contentType.startsWith('application/problem+json'))
          problems.push(`${status} as ${contentType || 'no content type'}`);
        if (status < 300 && req.mutation === 'extra') problems.push(`${status}: an unknown field was accepted`);
        if (status < 300 && req.mutation === 'extraQuery') problems.push(`${status}: an unknown query parameter was accepted`);
        if (status < 300 && req.mutation === 'badDate') problems.push(`${status}: an impossible date was accepted`);
        if (status < 300 && (req.mutation === 'contentType' || req.mutation === 'malformedJson' || req.mutation === 'notObject'))
          problems.push(`${status}: a body that is not a JSON object was accepted`);
        if (problems.length > 0) {
          const example = `${problems.join('; ')} — ${req.caller} ${req.method} ${req.url.slice(0, 300)} [${req.mutation}] content-type=${req.contentType ?? '-'} body=${req.describeBody}\n    → ${text.slice(0, 300)}`;
          failures.push(example);
          const key = `${problems.map((p) => p.replace(/^\d+:? ?/, '')).join('; ')} ${op.method} ${op.path} [${req.mutation}]`;
          const group = groups.get(key) ?? { count: 0, example };
          group.count++;
          groups.set(key, group);
        }
        // Records made by the fuzz become path ids of later requests (never tokens or users: the fuzz must keep its callers).
        if (status < 300 && req.method !== 'DELETE' && !/^\/(tokens|users|auth)/.test(req.url) && contentType.includes('json')) {
          try {
            const parsed = JSON.parse(text);
            const found = [parsed?.id, ...(Array.isArray(parsed?.items) ? parsed.items.slice(0, 3).map((i: Json) => i?.id) : [])];
            for (const id of found)
              if (typeof id === 'string' && UUID.test(id) && pools.ids.length < 400 && !pools.ids.includes(id)) pools.ids.push(id);
            if (req.url.startsWith('/questionnaires') && typeof parsed?.id === 'string') pools.questionnaireIds.push(parsed.id);
          } catch {
            // not JSON after all; nothing to harvest
          }
        }
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const summary = [...statuses.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    const mutations = [...byMutation.entries()].map(([m, v]) => `${m} ${v.ok}/${v.sent} 2xx`).join(', ');
    console.log(`api fuzz by kind: ${mutations}\n${byMutation.get('valid')?.samples.join('\n')}`);
    console.log(
      `api fuzz: ${sent} requests over ${operations.length} operations in ${seconds.toFixed(1)} s (${deps.database.kind}); ${summary}`,
    );
    expect(sent).toBeGreaterThanOrEqual(10_000);
    const grouped = [...groups.entries()].map(([key, g]) => `${g.count}× ${key}\n  e.g. ${g.example}`);
    expect(failures.length, `${failures.length} failing requests in ${groups.size} groups:\n${grouped.slice(0, 150).join('\n')}`).toBe(0);
  });
});
