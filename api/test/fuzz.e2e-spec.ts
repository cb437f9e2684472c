import fc from 'fast-check';
import request from 'supertest';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ParameterObject,
  ReferenceObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { createTestApp, type TestApp } from './support/test-app';
import { makeProduct, makeSeller } from './support/factories';
import { signInAs, signInAsSeller } from './support/accounts';
import { addToCart, openCart } from './support/buying';

/**
 * Property-based test of every route in the OpenAPI document: bodies, queries and path ids
 * generated from each operation's schemas, both valid-looking and hostile (control
 * characters, huge numbers, deep nesting, wrong types, any Unicode), sent as an anonymous
 * visitor, a shopper, a seller and a member of staff. Every answer must be below 500 and,
 * when it is an error, in the common shape; a refusal (4xx) must leave every table as it was.
 *
 * Replay: FUZZ_SEED=<seed> (printed at the start), FUZZ_ROUTE=<part of "METHOD /path"> to run
 * only matching routes, FUZZ_RUNS=<runs per route>.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 32);
const ROUTE_FILTER = process.env.FUZZ_ROUTE ?? '';

type Schema = SchemaObject | ReferenceObject;
type Json = unknown;
type IdentityName = 'anonymous' | 'shopper' | 'seller' | 'staff';
const IDENTITIES: IdentityName[] = ['anonymous', 'shopper', 'seller', 'staff'];

interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  operation: OperationObject;
}

interface GeneratedRequest {
  identity: IdentityName;
  path: string;
  query: string;
  /** Text sent as the JSON body, or nothing. */
  body: string | undefined;
}

interface Failure {
  route: string;
  run: number;
  problem: string;
  status: number;
  request: GeneratedRequest;
  response: unknown;
}

// ---------------------------------------------------------------- hostile values

const CONTROL_CHARACTERS = ['\u0000', '\u0001', '\u0008', '\u001b', '\u007f', '\u0085', '\u009f'];
const STRANGE_TEXT = [
  '½',
  '1½',
  '🏺🧶',
  'ﷺ',
  '\u202eevil',
  'Ⅻ①²',
  'İıß',
  'زربية',
  '\ud800',
  'a\udfffb',
  '&|!:*()',
  "'' OR 1=1 --",
  '\\\\',
  '"quoted"',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  '%E0%A4%A',
  '${7*7}',
  ' ',
  '',
  '\u2028\u2029',
  '\ufeff',
  'e\u0301'.repeat(50),
  'x'.repeat(10_000),
  'ﷺ'.repeat(300),
];
const STRANGE_NUMBERS = [
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31) - 1,
  2 ** 53,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  5e-324,
  -1,
  0,
  -0,
  1.5,
  0.1,
];

function nested(depth: number, leaf: Json, asArray: boolean): Json {
  let value = leaf;
  for (let level = 0; level < depth; level++) value = asArray ? [value] : { a: value };
  return value;
}

const controlString = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.constantFrom(...CONTROL_CHARACTERS),
    fc.string({ maxLength: 20 }),
  )
  .map(([before, control, after]) => before + control + after);

const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  controlString,
  fc.constantFrom<Json>(...STRANGE_TEXT),
  fc.constantFrom<Json>(...STRANGE_NUMBERS),
  fc.constantFrom<Json>(
    null,
    true,
    false,
    [],
    {},
    [1, 'a'],
    { a: { b: {} } },
    '1e9',
    'NaN',
    '0x10',
    '１２',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .integer({ min: 5, max: 40 })
    .chain((depth) => fc.boolean().map((asArray) => nested(depth, 'x', asArray))),
  fc.constantFrom<Json>(JSON.parse('{"__proto__":{"role":"chamber_staff"}}'), {
    constructor: { prototype: { role: 'chamber_staff' } },
  }),
);

/** Whole bodies no schema describes, sent as raw text. */
const hostileRawBody = fc.constantFrom(
  '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
  '['.repeat(100_000) + ']'.repeat(100_000),
  '{"a":',
  'null',
  '"text"',
  '12',
  '[]',
  '{"a":"\\u0000"}',
  '{"a":"\\ud800"}',
  '{"__proto__":{"x":1}}',
  '\u0000',
);

// ---------------------------------------------------------------- schema → arbitrary

class SchemaArbitraries {
  constructor(
    private readonly document: OpenAPIObject,
    private readonly ids: string[],
    private readonly slugs: string[],
  ) {}

  resolve(schema: Schema): SchemaObject {
    let current = schema;
    for (let hops = 0; '$ref' in current && hops < 20; hops++) {
      const name = current.$ref.replace('#/components/schemas/', '');
      current = this.document.components?.schemas?.[name] ?? {};
    }
    const resolved = current as SchemaObject;
    if (resolved.allOf?.length === 1)
      return { ...this.resolve(resolved.allOf[0]), ...resolved, allOf: undefined };
    return resolved;
  }

  /** A value that looks right for the schema (it may still break a rule the schema does not say). */
  valid(schema: Schema, depth = 0): fc.Arbitrary<Json> {
    const resolved = this.resolve(schema);
    const value = this.validOf(resolved, depth);
    return resolved.nullable ? fc.option(value, { nil: null, freq: 8 }) : value;
  }

  private validOf(schema: SchemaObject, depth: number): fc.Arbitrary<Json> {
    if (schema.enum?.length) return fc.constantFrom(...(schema.enum as Json[]));
    const example = schema.example !== undefined ? [fc.constant(schema.example as Json)] : [];
    if (schema.oneOf?.length || schema.anyOf?.length) {
      return fc.oneof(...(schema.oneOf ?? schema.anyOf ?? []).map((s) => this.valid(s, depth + 1)));
    }
    switch (schema.type) {
      case 'integer':
      case 'number': {
        const min = schema.minimum ?? -1_000;
        const max = schema.maximum ?? 1_000_000;
        const numbers =
          schema.type === 'integer'
            ? fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) })
            : fc.double({ min, max, noNaN: true });
        return fc.oneof(...example, numbers);
      }
      case 'boolean':
        return fc.boolean();
      case 'array': {
        if (depth > 6) return fc.constant([]);
        const items = schema.items ? this.valid(schema.items, depth + 1) : fc.string();
        return fc.array(items, {
          minLength: schema.minItems ?? 0,
          maxLength: Math.min(schema.maxItems ?? 4, 4),
        });
      }
      case 'object':
        return this.object(schema, depth);
      default:
        if (schema.properties) return this.object(schema, depth);
        return example.length > 0
          ? fc.oneof(
              { weight: 2, arbitrary: example[0] },
              { weight: 1, arbitrary: this.string(schema) },
            )
          : this.string(schema);
    }
  }

  private string(schema: SchemaObject): fc.Arbitrary<Json> {
    if (schema.format === 'uuid') {
      return this.ids.length > 0 ? fc.oneof(fc.constantFrom(...this.ids), fc.uuid()) : fc.uuid();
    }
    if (schema.format === 'date-time')
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    if (schema.format === 'date')
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const minLength = schema.minLength ?? 0;
    const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 60));
    return fc.oneof(
      fc.string({ unit: 'grapheme', minLength, maxLength }),
      fc.stringMatching(/^[a-z0-9][a-z0-9 -]{1,30}$/),
      ...(this.slugs.length > 0 ? [fc.constantFrom(...this.slugs)] : []),
    );
  }

  private object(schema: SchemaObject, depth: number): fc.Arbitrary<Json> {
    if (depth > 6) return fc.constant({});
    const properties = Object.entries(schema.properties ?? {});
    if (properties.length === 0) return fc.constant({});
    const model: Record<string, fc.Arbitrary<Json>> = {};
    for (const [name, property] of properties) {
      model[name] = /email/i.test(name)
        ? fc.oneof(
            fc.stringMatching(/^[a-z]{3,12}$/).map((local) => `${local}@example.ma`),
            fc.emailAddress(),
          )
        : /password/i.test(name)
          ? fc.oneof(
              fc.constant('correct horse battery'),
              fc.string({ minLength: 8, maxLength: 30 }),
            )
          : this.valid(property, depth + 1);
    }
    return fc.record(model, {
      requiredKeys: (schema.required ?? []).filter((key) => key in model),
    });
  }

  /**
   * A valid-looking value with one part made hostile: mostly one leaf spoiled (a control
   * character slipped into a good string, strange text appended, a number out of range, a
   * wrong type), else a field added or dropped, or the whole body replaced.
   */
  hostile(schema: Schema): fc.Arbitrary<Json> {
    return this.valid(schema).chain((value) => {
      const leaves = leavesOf(value);
      const spoiled =
        leaves.length === 0
          ? hostileValue
          : fc
              .nat(leaves.length - 1)
              .chain((index) =>
                spoil(leaves[index].value).map((bad) => replaceAt(value, leaves[index].path, bad)),
              );
      return fc.oneof(
        { weight: 6, arbitrary: spoiled },
        {
          weight: 1,
          arbitrary: hostileValue.map((bad) =>
            value && typeof value === 'object' && !Array.isArray(value)
              ? { ...value, unexpected: bad }
              : bad,
          ),
        },
        {
          weight: 1,
          arbitrary: fc.constant(
            leaves.length > 0 ? replaceAt(value, leaves[0].path, undefined) : value,
          ),
        },
        { weight: 1, arbitrary: hostileValue },
      );
    });
  }
}

/** A hostile variant of a good value, mostly of the same type. */
function spoil(value: Json): fc.Arbitrary<Json> {
  if (typeof value === 'string') {
    return fc.oneof(
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.nat(), fc.constantFrom(...CONTROL_CHARACTERS))
          .map(([at, control]) => {
            const cut = at % (value.length + 1);
            return value.slice(0, cut) + control + value.slice(cut);
          }),
      },
      { weight: 2, arbitrary: fc.constantFrom(...STRANGE_TEXT).map((text) => value + text) },
      { weight: 1, arbitrary: fc.constantFrom(...STRANGE_TEXT) },
      { weight: 1, arbitrary: hostileValue },
    );
  }
  if (typeof value === 'number') {
    return fc.oneof(fc.constantFrom<Json>(...STRANGE_NUMBERS), hostileValue);
  }
  return hostileValue;
}

type Path = (string | number)[];

function leavesOf(value: Json, path: Path = [], depth = 0): { path: Path; value: Json }[] {
  if (value === null || typeof value !== 'object') return [{ path, value }];
  if (depth > 8) return [];
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, item]) => leavesOf(item, [...path, key], depth + 1));
}

/** A copy with the value at `path` replaced (removed when `replacement` is undefined). */
function replaceAt(value: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = replaceAt(copy[head as number], rest, replacement);
    return copy;
  }
  const copy: Record<string, Json> = { ...(value as Record<string, Json>) };
  const inner = replaceAt(copy[head], rest, replacement);
  if (inner === undefined) delete copy[head];
  else copy[head] = inner;
  return copy;
}

// ---------------------------------------------------------------- encoding

/** Percent-encodes any string, a lone surrogate as bytes that are not UTF-8. */
function encode(text: string): string {
  return text
    .split(/([\uD800-\uDFFF])/u)
    .map((part) => (/^[\uD800-\uDFFF]$/u.test(part) ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');
}

function queryString(entries: [string, Json][]): string {
  const parts: string[] = [];
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      for (const item of value) parts.push(`${encode(key)}=${encode(String(item))}`);
    } else if (value !== null && typeof value === 'object') {
      for (const [inner, item] of Object.entries(value)) {
        parts.push(`${encode(key)}[${encode(inner)}]=${encode(String(item))}`);
      }
    } else {
      parts.push(`${encode(key)}=${encode(String(value))}`);
    }
  }
  return parts.join('&');
}

// ---------------------------------------------------------------- the error shape

function errorShapeProblem(body: unknown, status: number): string | null {
  if (!body || typeof body !== 'object') return 'the error body is not a JSON object';
  const error = body as Record<string, unknown>;
  if (error.statusCode !== status) return `statusCode ${String(error.statusCode)} in a ${status}`;
  if (typeof error.error !== 'string') return 'no error phrase';
  if (typeof error.message !== 'string' || error.message === '') return 'no message';
  if (
    error.code !== undefined &&
    (typeof error.code !== 'string' || !/^[a-z_]+(\.[a-z_]+)+$/.test(error.code))
  ) {
    return `code ${JSON.stringify(error.code)} is not a dotted code`;
  }
  if (error.details !== undefined) {
    const details = error.details;
    const fine =
      Array.isArray(details) &&
      details.every(
        (detail) =>
          detail &&
          typeof detail.field === 'string' &&
          Array.isArray(detail.messages) &&
          detail.messages.every((message: unknown) => typeof message === 'string'),
      );
    if (!fine) return 'details are not [{field, messages}]';
  }
  return null;
}

// ---------------------------------------------------------------- what a request wrote

/**
 * Tables that record attempts rather than outcomes: a refused sign-in counts as a failure,
 * and rate limits count every request.
 */
const ATTEMPT_TABLES = /^(login_failures|migrations|fuzz_writes)$|throttl|rate_limit/;

/**
 * Records every row written, committed, in any application table of this throwaway
 * database (a row trigger on each), so that a refusal can be shown to have written nothing
 * at the cost of one indexed read per request. A write rolled back leaves no record.
 */
async function recordWrites(
  t: TestApp,
): Promise<() => Promise<{ last: number; tables: string[] }>> {
  await t.dataSource.query(
    `CREATE TABLE fuzz_writes (id bigserial PRIMARY KEY, table_name text NOT NULL, operation text NOT NULL)`,
  );
  await t.dataSource.query(`
    CREATE FUNCTION fuzz_record_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO fuzz_writes (table_name, operation) VALUES (TG_TABLE_NAME, TG_OP);
      RETURN NULL;
    END $$`);
  const tables: { name: string }[] = await t.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  for (const { name } of tables.filter((table) => !ATTEMPT_TABLES.test(table.name))) {
    await t.dataSource.query(
      `CREATE TRIGGER fuzz_record_write AFTER INSERT OR UPDATE OR DELETE ON "${name}"
       FOR EACH ROW EXECUTE FUNCTION fuzz_record_write()`,
    );
  }
  let last = 0;
  return async () => {
    const rows: { id: string; table_name: string }[] = await t.dataSource.query(
      `SELECT id::text, table_name FROM fuzz_writes WHERE id > $1 ORDER BY id`,
      [last],
    );
    if (rows.length > 0) last = Number(rows[rows.length - 1].id);
    return { last, tables: [...new Set(rows.map((row) => `${row.table_name}`))].sort() };
  };
}

// ---------------------------------------------------------------- the test

describe('fuzzing every route from the OpenAPI document', () => {
  let t: TestApp;
  let headers: Record<IdentityName, Record<string, string>>;
  let document: OpenAPIObject;
  let arbitraries: SchemaArbitraries;
  let baseUrl: string;
  let writesSinceLastCall: () => Promise<{ last: number; tables: string[] }>;

  beforeAll(async () => {
    const unlimited = '1000000/1min';
    t = await createTestApp({
      RATE_LIMIT_CHECKOUT_PER_IP: unlimited,
      RATE_LIMIT_GUEST_CHECKOUT_PER_IP: unlimited,
      RATE_LIMIT_CHECKOUT_PER_EMAIL: unlimited,
      RATE_LIMIT_CART_PER_IP: unlimited,
      RATE_LIMIT_REGISTER_PER_IP: unlimited,
      LOGIN_MAX_FAILURES_PER_IP: '1000000',
    });
    const shopper = await signInAs(t, 'shopper');
    const seller = await signInAsSeller(t);
    const staff = await signInAs(t, 'chamber_staff');
    const guest = await openCart(t);
    const other = await makeSeller(t.dataSource, { craft: 'leather' });
    const products = [
      await makeProduct(t.dataSource, seller.shop, { stock: 50, images: 2 }),
      await makeProduct(t.dataSource, seller.shop, { stock: 50, status: 'hidden' }),
      await makeProduct(t.dataSource, other, { stock: 50 }),
    ];
    await addToCart(t, guest, products[0].id, 1);
    const shopperCart = await openCart(t, shopper.headers);
    await addToCart(t, shopperCart, products[2].id, 2);
    headers = {
      anonymous: guest.headers,
      shopper: shopper.headers,
      seller: seller.headers,
      staff: staff.headers,
    };

    const idRows: { id: string }[] = await t.dataSource.query(
      `SELECT id::text FROM products UNION ALL SELECT id::text FROM sellers
       UNION ALL SELECT id::text FROM carts UNION ALL SELECT id::text FROM cart_items
       UNION ALL SELECT id::text FROM product_images UNION ALL SELECT id::text FROM users`,
    );
    const slugRows: { slug: string }[] = await t.dataSource.query(
      `SELECT slug FROM products UNION ALL SELECT slug FROM sellers
       UNION ALL SELECT slug FROM categories UNION ALL SELECT slug FROM crafts`,
    );
    writesSinceLastCall = await recordWrites(t);
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();
    document = SwaggerModule.createDocument(
      t.app,
      new DocumentBuilder().setTitle('Hirfa API').build(),
    );
    arbitraries = new SchemaArbitraries(
      document,
      idRows.map((row) => row.id),
      slugRows.map((row) => row.slug),
    );
  });

  afterAll(() => t?.close());

  function routes(): Route[] {
    const list: Route[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
        const operation = item[method];
        if (operation) list.push({ method, path, operation });
      }
    }
    // Reads first, then writes, and what ends a session or removes things last.
    const rank = (route: Route) =>
      /logout|password/.test(route.path)
        ? 4
        : route.method === 'delete'
          ? 3
          : route.method === 'get'
            ? 0
            : 1;
    return list
      .sort((a, b) => rank(a) - rank(b))
      .filter((route) => `${route.method.toUpperCase()} ${route.path}`.includes(ROUTE_FILTER));
  }

  function requestArbitrary(route: Route): fc.Arbitrary<GeneratedRequest> {
    const parameters = (route.operation.parameters ?? []) as ParameterObject[];
    const pathParameters = parameters.filter((p) => p.in === 'path');
    const queryParameters = parameters.filter((p) => p.in === 'query');

    const pathArbitrary = fc
      .tuple(
        ...pathParameters.map((parameter) =>
          fc.oneof(
            {
              weight: 4,
              arbitrary: arbitraries.valid(parameter.schema ?? { type: 'string' }).map(String),
            },
            {
              weight: 1,
              arbitrary: fc.oneof(
                controlString,
                fc.constantFrom(...STRANGE_TEXT.filter((s) => s !== '')),
              ),
            },
          ),
        ),
      )
      .map((values) =>
        pathParameters.reduce(
          (path, parameter, index) => path.replace(`{${parameter.name}}`, encode(values[index])),
          route.path,
        ),
      );
    // Now and then a segment that is not valid percent-encoding at all.
    const anyPathArbitrary =
      pathParameters.length === 0
        ? pathArbitrary
        : fc.oneof(
            { weight: 9, arbitrary: pathArbitrary },
            {
              weight: 1,
              arbitrary: fc
                .constantFrom('%', '%E0%A4%A', '%FF', '%C0%AF', '%00', '..%2F..')
                .map((raw) => route.path.replace(/\{[^}]+\}/, raw).replace(/\{[^}]+\}/g, 'x')),
            },
          );

    const queryArbitrary = fc
      .tuple(
        ...queryParameters.map((parameter) =>
          fc.oneof(
            { weight: 3, arbitrary: fc.constant(undefined) },
            { weight: 3, arbitrary: arbitraries.valid(parameter.schema ?? { type: 'string' }) },
            {
              weight: 2,
              arbitrary: arbitraries.valid(parameter.schema ?? { type: 'string' }).chain(spoil),
            },
          ),
        ),
        fc.option(fc.tuple(fc.constantFrom('unknown', 'q', 'page', 'a[b]'), hostileValue), {
          freq: 5,
        }),
      )
      .map((values) => {
        const extra = values.pop() as [string, Json] | null;
        const entries: [string, Json][] = queryParameters.map((parameter, index) => [
          parameter.name,
          values[index] as Json,
        ]);
        if (extra) entries.push(extra);
        return queryString(entries);
      });

    const bodySchema = (
      route.operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined
    )?.content?.['application/json']?.schema;
    const bodyArbitrary: fc.Arbitrary<string | undefined> = bodySchema
      ? fc.oneof(
          {
            weight: 3,
            arbitrary: arbitraries.valid(bodySchema).map((body) => JSON.stringify(body)),
          },
          {
            weight: 6,
            arbitrary: arbitraries.hostile(bodySchema).map((body) => JSON.stringify(body)),
          },
          { weight: 1, arbitrary: hostileRawBody },
        )
      : route.method === 'get'
        ? fc.constant(undefined)
        : fc.oneof(
            { weight: 3, arbitrary: fc.constant(undefined) },
            { weight: 1, arbitrary: hostileValue.map((body) => JSON.stringify(body) ?? 'null') },
            { weight: 1, arbitrary: hostileRawBody },
          );

    // Mostly the identity the route is for, so that requests get past the role check.
    const owner: IdentityName = route.path.startsWith('/api/admin')
      ? 'staff'
      : route.path.startsWith('/api/seller/')
        ? 'seller'
        : route.path.startsWith('/api/orders') || route.path.startsWith('/api/auth/me')
          ? 'shopper'
          : 'anonymous';
    return fc.record({
      identity: fc.oneof(
        { weight: 3, arbitrary: fc.constant(owner) },
        { weight: 2, arbitrary: fc.constantFrom(...IDENTITIES) },
      ),
      path: anyPathArbitrary,
      query: queryArbitrary,
      body: bodyArbitrary,
    });
  }

  function send(route: Route, generated: GeneratedRequest): request.Test {
    const url = generated.query ? `${generated.path}?${generated.query}` : generated.path;
    const agent = request(baseUrl);
    const call = agent[route.method](url)
      .set(headers[generated.identity])
      .set('Accept', 'application/json');
    return generated.body === undefined
      ? call
      : call.set('Content-Type', 'application/json').send(generated.body);
  }

  it('never answers 5xx, answers errors in the common shape, and refusals change nothing', async () => {
    const all = routes();
    console.log(
      `fuzz: seed ${SEED}, ${RUNS_PER_ROUTE} runs per route, ${all.length} routes` +
        (ROUTE_FILTER ? ` matching "${ROUTE_FILTER}"` : ''),
    );
    const failures: Failure[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    await writesSinceLastCall();
    const started = Date.now();

    for (const [index, route] of all.entries()) {
      const name = `${route.method.toUpperCase()} ${route.path}`;
      let run = 0;
      // Signed only by Stripe: the body cannot be reached without a valid signature, so only
      // a few requests check that whatever arrives there is refused cleanly.
      const runs = route.path.endsWith('/stripe/webhook') ? 8 : RUNS_PER_ROUTE;
      const samples = fc.sample(requestArbitrary(route), { seed: SEED + index, numRuns: runs });
      for (const generated of samples) {
        run++;
        const response = await send(route, generated);
        sent++;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const written = await writesSinceLastCall();
        const record = (problem: string) =>
          failures.push({
            route: name,
            run,
            problem,
            status: response.status,
            request: { ...generated, body: generated.body?.slice(0, 300) },
            response: response.body,
          });
        if (response.status >= 500) record('server error');
        if (response.status >= 400) {
          const shape = errorShapeProblem(response.body, response.status);
          if (shape) record(shape);
          if (written.tables.length > 0) record(`a refusal wrote to ${written.tables.join(', ')}`);
        }
      }
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz: ${sent} generated requests in ${seconds} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    if (failures.length > 0) {
      console.log(
        `fuzz: ${failures.length} failures (seed ${SEED}):\n${JSON.stringify(failures.slice(0, 40), null, 1)}`,
      );
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(all.length * 8);
  }, 300_000);
});
