import fc from 'fast-check';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { MAX_JSON_DEPTH } from '../../src/common/json-depth';

/*
 * Bad requests generated from the app's own OpenAPI document (decision 0029). Nothing here knows a route by
 * name: path and query parameters, request bodies and their schemas come from the document, and the valid ids
 * and tokens a run is given are tried in every path parameter, so a new public route is fuzzed as it appears.
 */

export interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  example?: unknown;
  nullable?: boolean;
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  items?: Schema;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface OperationObject {
  'x-public'?: boolean;
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  /** `POST /api/events/{id}/registrations`, as the document writes it. */
  key: string;
  method: string;
  path: string;
  pathParameters: string[];
  queryParameters: Parameter[];
  /** The media type and schema of the request body, when the operation takes one. */
  body: { mediaType: string; schema: Schema } | null;
}

/** The operations the document marks `x-public` (@Public()): the ones an anonymous caller may call. */
export function publicOperations(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([, operation]) => operation?.['x-public'] === true)
      .map(([method, operation]) => {
        const parameters = operation.parameters ?? [];
        const [mediaType, content] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
        return {
          key: `${method.toUpperCase()} ${path}`,
          method: method.toUpperCase(),
          path,
          pathParameters: [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]),
          queryParameters: parameters.filter((parameter) => parameter.in === 'query'),
          body: mediaType ? { mediaType, schema: resolve(document, content?.schema ?? {}) } : null,
        };
      }),
  );
}

/** A schema with its `$ref` and single `allOf` followed, properties resolved too. */
export function resolve(document: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolve(document, document.components?.schemas?.[name] ?? {});
  }
  if (schema.allOf?.length === 1)
    return resolve(document, { ...schema, ...schema.allOf[0], allOf: undefined });
  if (!schema.properties) return schema;
  return {
    ...schema,
    properties: Object.fromEntries(
      Object.entries(schema.properties).map(([name, property]) => [name, resolve(document, property)]),
    ),
  };
}

/** A value of the schema's shape: its example, its first allowed value, or one of its type. */
function plausible(schema: Schema): unknown {
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'boolean':
      return true;
    case 'number':
    case 'integer':
      return 1;
    case 'array':
      return [];
    case 'object':
      return schema.properties ? plausibleObject(schema) : 'text';
    default:
      return schema.format === 'uuid' ? '7b0e7a52-8c5b-4a8e-9f5e-2f1d2b9c1a00' : 'Текст';
  }
}

function plausibleObject(schema: Schema): Record<string, unknown> {
  const required = new Set(schema.required ?? []);
  return Object.fromEntries(
    Object.entries(schema.properties ?? {})
      .filter(([name, property]) => required.has(name) || property.example !== undefined)
      .map(([name, property]) => [name, plausible(property)]),
  );
}

/** JSON values that are not of the schema's type (and never `null`, which an optional field reads as absent). */
function wrongTypeFor(schema: Schema): fc.Arbitrary<unknown> {
  const numbers = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
  const array = fc.array(fc.integer(), { minLength: 1, maxLength: 3 });
  const object = fc.dictionary(fc.constantFrom('a', '$ne', '$gt'), fc.integer(), { minKeys: 1, maxKeys: 2 });
  switch (schema.type) {
    case 'boolean':
      return fc.oneof(fc.constantFrom('true', 'false', '1', 'yes', ''), numbers, array, object);
    case 'number':
    case 'integer':
      return fc.oneof(fc.constantFrom('1', '1e21', 'NaN', ''), fc.boolean(), array, object);
    case 'object':
    case 'array':
      return fc.oneof(numbers, fc.boolean(), ...(schema.type === 'object' ? [array] : [object]));
    default: {
      const outsideEnum = schema.enum?.length
        ? [
            fc
              .oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...schema.enum.map((v) => `${v} `)))
              .filter((text) => !schema.enum?.includes(text)),
          ]
        : [];
      return fc.oneof(numbers, fc.boolean(), array, object, ...outsideEnum);
    }
  }
}

/** Names no DTO has, Object.prototype's and injection-shaped ones among them. */
const unknownKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    '$where',
    '$ne',
    'isAdmin',
    'role',
    'id',
    'x'.repeat(300),
  ),
  fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,15}$/).map((name) => `zz${name}`),
);

type BodyEdit = (body: Record<string, unknown>) => void;

/** One change that makes a body of the schema invalid whatever else it holds. */
function invalidating(schema: Schema): fc.Arbitrary<BodyEdit> {
  const properties = Object.entries(schema.properties ?? {});
  const required = schema.required ?? [];
  const objects = properties.filter(([, property]) => property.properties);
  const edits: fc.Arbitrary<BodyEdit>[] = [
    fc.tuple(unknownKey, fc.jsonValue({ maxDepth: 2 })).map(([name, value]) => (body) => {
      Object.defineProperty(body, name, { value, enumerable: true, writable: true, configurable: true });
    }),
  ];
  if (properties.length > 0) {
    edits.push(
      fc
        .constantFrom(...properties)
        .chain(([name, property]) => wrongTypeFor(property).map((value) => ({ name, value })))
        .map(({ name, value }) => (body) => {
          body[name] = value;
        }),
    );
  }
  if (required.length > 0) {
    edits.push(
      fc.tuple(fc.constantFrom(...required), fc.boolean()).map(([name, asNull]) => (body) => {
        if (asNull) body[name] = null;
        else delete body[name];
      }),
    );
  }
  for (const [name, property] of objects) {
    edits.push(
      invalidating(property).map((edit) => (body) => {
        const inner =
          typeof body[name] === 'object' && body[name] !== null ? body[name] : plausible(property);
        const copy = { ...(inner as Record<string, unknown>) };
        edit(copy);
        body[name] = copy;
      }),
    );
  }
  return fc.oneof(...edits);
}

/** Changes that are hostile but not invalid by themselves: a huge string, a deep nest, unicode. */
function hostile(schema: Schema): fc.Arbitrary<BodyEdit> {
  const names = Object.keys(schema.properties ?? {});
  const name = names.length > 0 ? fc.constantFrom(...names) : unknownKey;
  // One string of a million characters at most: two would pass the 2 MB limit of a JSON body (413, also fine).
  const huge = fc
    .constantFrom('a', 'Я', '😀', '\u0000', '\r\n')
    .map((unit) => unit.repeat(Math.ceil(1_000_000 / unit.length)));
  const deep = fc.integer({ min: 2, max: MAX_JSON_DEPTH * 3 }).map((depth) => {
    let value: unknown = 'x';
    for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { a: value };
    return value;
  });
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom(
      "' OR '1'='1' --",
      '"; DROP TABLE registrations; --',
      '{"$gt": ""}',
      '../../../../etc/passwd',
      '<script>alert(1)</script>',
      '=HYPERLINK("http://x")',
      '\u202e\u200b\ufeff',
      '\ud800',
    ),
  );
  return fc.tuple(name, fc.oneof(huge, deep, text)).map(([field, value]) => (body) => {
    body[field] = value;
  });
}

/** A JSON body of the schema with one to three invalidating changes, and perhaps a hostile one. */
export function invalidBody(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      fc.array(invalidating(schema), { minLength: 1, maxLength: 3 }),
      fc.option(hostile(schema), { freq: 3 }),
    )
    .map(([edits, extra]) => {
      const body = structuredClone(plausibleObject(schema));
      // The hostile change first: an invalidating one on the same field must still win.
      for (const edit of [...(extra ? [extra] : []), ...edits]) edit(body);
      return body;
    });
}

/** A request as it goes over the wire. */
export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer | null;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

/** Bodies for a JSON operation: invalid by content, by syntax, by type or by nothing at all. */
export function jsonBodies(schema: Schema): fc.Arbitrary<{ contentType?: string; body: Buffer | null }> {
  const invalid = invalidBody(schema);
  return fc.oneof(
    { weight: 6, arbitrary: invalid.map((body) => ({ contentType: 'application/json', body: json(body) })) },
    fc
      .oneof(
        fc.constantFrom(
          '{',
          '{"a":',
          '[1,2',
          'nul',
          '{"a":1,}',
          "{'a':1}",
          '"unterminated',
          '{"a":1}}',
          '\u0000',
        ),
        fc.string({ maxLength: 30 }).filter((text) => !isJson(text)),
      )
      .map((text) => ({ contentType: 'application/json', body: Buffer.from(text) })),
    fc
      .constantFrom('[]', '[{}]', '"text"', '42', 'null', 'true', '{}')
      .map((text) => ({ contentType: 'application/json', body: Buffer.from(text) })),
    fc.constant({ contentType: 'application/json', body: Buffer.alloc(0) }),
    fc.constant({ body: null }),
    fc
      .tuple(
        invalid,
        fc.constantFrom(
          'text/plain',
          'application/xml',
          'application/json; charset=latin1',
          'application/json; charset=utf-16',
          'application/x-www-form-urlencoded',
          'text/csv',
          'application/octet-stream',
          'image/png',
          'multipart/form-data; boundary=x',
          'application/json-patch+json',
        ),
      )
      .map(([body, contentType]) => ({
        contentType,
        body: contentType.includes('urlencoded') ? urlEncoded(body) : json(body),
      })),
  );
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The body as a form, an unknown field always among its fields so that it stays invalid as strings. */
function urlEncoded(body: Record<string, unknown>): Buffer {
  const form = new URLSearchParams({ zzUnknown: '1' });
  for (const [name, value] of Object.entries(body)) form.append(name, JSON.stringify(value) ?? '');
  return Buffer.from(form.toString());
}

const BOUNDARY = 'fuzz-boundary-7MA4YWxkTrZu0gW';

/** Multipart bodies that upload no real file: spoofed types, wrong field names, no file, traversal names. */
export function multipartBodies(schema: Schema): fc.Arbitrary<{ contentType?: string; body: Buffer | null }> {
  const fileFields = Object.entries(schema.properties ?? {})
    .filter(([, property]) => property.format === 'binary')
    .map(([name]) => name);
  const part = fc.record({
    name: fc.oneof(fc.constantFrom(...fileFields, 'file', 'files[]', ''), unknownKey),
    filename: fc.option(
      fc.oneof(
        fc.constantFrom('../../etc/passwd', 'photo.png', 'a.jpg\u0000.exe', '', '....//x.png', 'Снимка.png'),
        fc.string({ maxLength: 300 }),
      ),
    ),
    contentType: fc.constantFrom('image/png', 'image/jpeg', 'application/pdf', 'text/html', ''),
    // Never a real image: bytes that merely start like one, or nothing.
    content: fc.oneof(
      fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes)),
      fc.constantFrom(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
        Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
        Buffer.from('<svg onload="alert(1)"/>'),
        Buffer.alloc(0),
      ),
    ),
  });
  const multipart = fc.array(part, { maxLength: 3 }).map((parts) => {
    const chunks = parts.flatMap(({ name, filename, contentType, content }) => [
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, '')}"` +
          (filename === null ? '' : `; filename="${filename.replace(/["\r\n]/g, '')}"`) +
          `\r\n${contentType ? `Content-Type: ${contentType}\r\n` : ''}\r\n`,
      ),
      content,
      Buffer.from('\r\n'),
    ]);
    return {
      contentType: `multipart/form-data; boundary=${BOUNDARY}`,
      body: Buffer.concat([...chunks, Buffer.from(`--${BOUNDARY}--\r\n`)]),
    };
  });
  const broken = fc.constantFrom(
    {
      contentType: `multipart/form-data; boundary=${BOUNDARY}`,
      body: Buffer.from(`--${BOUNDARY}\r\nbroken`),
    },
    { contentType: 'multipart/form-data', body: Buffer.from('no boundary') },
    { contentType: 'application/json', body: Buffer.from('{"photo":"x"}') },
    { body: null },
  );
  return fc.oneof({ weight: 4, arbitrary: multipart }, broken);
}

/** A path segment no id, slug or token looks like, percent-encoded as a client would send it (or not). */
const badSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '..',
    '..%2F..%2Fetc%2Fpasswd',
    '%2e%2e%2f',
    '%00',
    'x%00y',
    '%',
    '%ZZ',
    '%E0%A4%A',
    '%C0%AE%C0%AE',
    "'%20OR%20'1'%3D'1",
    '1%3BDROP%20TABLE%20events--',
    '%7B%22%24ne%22%3Anull%7D',
    'null',
    'undefined',
    'NaN',
    '-1',
    '0',
    '1e309',
    '00000000-0000-0000-0000-000000000000',
    '%20',
    '~',
    'CON',
    '.git',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map(encodeURIComponent),
  fc.integer().map(String),
  fc.double().map(String),
  fc
    .tuple(fc.constantFrom('a', '%D0%AF', '-'), fc.integer({ min: 300, max: 3000 }))
    .map(([unit, bytes]) => unit.repeat(Math.ceil(bytes / unit.length))),
);

/** A path value: one of the run's valid ids and tokens (to get past the 404), a mangled one, or a bad one. */
export function pathValue(valid: string[]): fc.Arbitrary<string> {
  const seed = fc.constantFrom(...valid);
  return fc.oneof(
    { weight: 5, arbitrary: seed },
    fc
      .tuple(seed, fc.constantFrom('%00', "'", '%20', '/', '..', 'x', '%2F..'))
      .map(([value, junk]) => value + junk),
    seed.map((value) => value.toUpperCase()),
    seed.map((value) => value.slice(0, -1)),
    { weight: 4, arbitrary: badSegment },
  );
}

const queryValue = fc.oneof(
  fc.constantFrom('1e21', '-1', '0', '-0', '9007199254740993', '1.5', 'abc', '', '[]', '{}', 'true', 'null'),
  fc.constantFrom('%00', '%', '%ZZ', '%27%20OR%201%3D1--', '%24ne'),
  fc.string({ unit: 'grapheme', maxLength: 30 }).map(encodeURIComponent),
  fc.integer({ min: 300, max: 2000 }).map((n) => 'x'.repeat(n)),
);

/** A query string: the operation's own parameters with bad values, repeated (arrays), and unknown keys. */
export function queryString(operation: Operation, valid: string[]): fc.Arbitrary<string> {
  const names = operation.queryParameters.map((parameter) => parameter.name);
  const key = fc.oneof(...(names.length ? [{ weight: 3, arbitrary: fc.constantFrom(...names) }] : []), {
    weight: 1,
    arbitrary: fc.constantFrom('page[$gt]', '__proto__', 'constructor', 'x', '', 'page[]'),
  });
  const value = fc.oneof({ weight: 3, arbitrary: queryValue }, fc.constantFrom(...valid));
  return fc
    .array(fc.tuple(key, value), { maxLength: 4 })
    .map((pairs) =>
      pairs.length ? `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&')}` : '',
    );
}

const printable = (max: number) => fc.stringMatching(new RegExp(`^[\\x20-\\x7e]{0,${max}}$`));

const header = (name: string, value: fc.Arbitrary<string>) => value.map((text) => [name, text] as const);

/**
 * Up to three odd but well-formed headers, the large ones well within Node's 16 KB for the whole head. A content
 * encoding is rare: the body parser refuses most bodies with one before validation sees them.
 */
export const oddHeaders: fc.Arbitrary<Record<string, string>> = fc
  .array(
    fc.oneof(
      {
        weight: 3,
        arbitrary: header(
          'accept-language',
          fc.oneof(
            fc.constantFrom(
              '*',
              'bg',
              'en-US,en;q=0.9',
              'xx',
              'bg;q=abc',
              ';;;',
              'q=1',
              ',',
              'de-DE;q=0.5, *;q=0',
            ),
            printable(100),
            fc.integer({ min: 1000, max: 6000 }).map((n) => 'bg,'.repeat(Math.ceil(n / 3))),
          ),
        ),
      },
      header(
        'accept',
        fc.constantFrom('application/xml', 'text/html', '*/*', 'application/problem+json', 'image/png', ';'),
      ),
      header(
        'authorization',
        fc.oneof(
          fc.constantFrom('Bearer ', 'Bearer x', 'Basic Zm9vOmJhcg==', 'Bearer ../../etc', 'bearer  a b'),
          fc.integer({ min: 100, max: 2000 }).map((n) => `Bearer ${'a'.repeat(n)}`),
        ),
      ),
      header('x-forwarded-for', fc.constantFrom('127.0.0.1', '::1, 10.0.0.1', 'not-an-ip', '')),
      header('cookie', printable(100)),
      header('if-none-match', fc.constantFrom('*', '"x"', 'W/"0"')),
      header('if-modified-since', fc.constantFrom('yesterday', 'Thu, 01 Jan 1970 00:00:00 GMT', '')),
      header('range', fc.constantFrom('bytes=0-0', 'bytes=-1', 'bytes=999999999-', 'lines=1-2', 'bytes=5-1')),
      header(
        'content-encoding',
        fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-unknown', 'gzip, gzip'),
      ),
    ),
    { maxLength: 3 },
  )
  .map((entries) => Object.fromEntries(entries));

/** Sends exactly the request given: path unnormalised, headers and body as they are. */
export function send(server: Server, request: RawRequest): Promise<RawResponse> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: request.method,
        path: request.path,
        headers: { ...request.headers, ...(request.body ? { 'content-length': request.body.length } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body ?? undefined);
  });
}

/** The request in a few lines, for a failure message: long values cut short. */
export function describeRequest(request: RawRequest): string {
  const cut = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text);
  const headers = Object.entries(request.headers).map(([name, value]) => `${name}: ${cut(value)}`);
  const body = request.body ? cut(request.body.toString('utf8')) : '(no body)';
  return [`${request.method} ${cut(request.path)}`, ...headers, '', body].join('\n');
}
