import { LANGUAGES, SECTORS, type Problem } from '@roundtable/contracts';
import { isMunicipalityCode } from '@roundtable/contracts/municipalities';
import fc from 'fast-check';
import { aRegistrationInput } from '../support/builders';
import { aPublishedEvent } from '../support/registrations';
import { bootApp, tokenFor, type TestApp } from '../support/test-app';

/** One change that makes a valid registration invalid, at `path` (`email`, `consents.media`). */
interface Mutation {
  path: string;
  value?: unknown;
  remove?: boolean;
}

const STRING_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'organization',
  'position',
  'phone',
  'accessibilityNeeds',
];
const ALL_FIELDS = [...STRING_FIELDS, 'sector', 'municipality', 'language', 'consents'];
const REQUIRED = [
  'firstName',
  'lastName',
  'email',
  'organization',
  'sector',
  'consents',
  'consents.processing',
];
const CONSENT_FLAGS = ['consents.media', 'consents.publishName', 'consents.followUp'];

const notBlank = (text: string) => text.trim() !== '';
const wrongType = fc.oneof(
  fc.integer(),
  // NaN and Infinity would travel as null, which an optional field takes as "not given": valid, not malformed.
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', 'b'), fc.integer(), { maxKeys: 2 }),
);
// Names of Object.prototype members (`constructor`, `toString`) too: they are unknown fields like any other.
const key = fc.oneof(
  fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'),
  fc
    .stringMatching(/^[a-z][A-Za-z0-9_]{0,15}$/)
    .filter(
      (name) =>
        !ALL_FIELDS.includes(name) && !['processing', 'media', 'publishName', 'followUp'].includes(name),
    ),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ path: fc.constantFrom(...ALL_FIELDS), value: wrongType }),
  fc.record({
    path: fc.constantFrom(...CONSENT_FLAGS),
    value: fc.oneof(fc.integer(), fc.constantFrom('true', 'no')),
  }),
  fc.record({ path: fc.constantFrom(...REQUIRED), value: fc.constant(null) }),
  fc.record({ path: fc.constantFrom(...REQUIRED), remove: fc.constant(true) }),
  fc.record({
    path: fc.constant('email'),
    value: fc.oneof(
      fc.constantFrom('plain', 'a@', '@example.bg', 'a b@example.bg', 'a@@example.bg', 'мария@', '  '),
      fc.string().filter((text) => !text.includes('@')),
    ),
  }),
  fc.record({
    path: fc.constant('sector'),
    value: fc.oneof(
      fc.constantFrom('Health', 'HEALTH', 'police', '', 'ngos'),
      fc.string().filter((text) => !(SECTORS as readonly string[]).includes(text)),
    ),
  }),
  fc.record({
    path: fc.constant('language'),
    value: fc.oneof(
      fc.constantFrom('BG', 'En', 'de', 'ru', '', 'bul'),
      fc.string().filter((text) => !(LANGUAGES as readonly string[]).includes(text)),
    ),
  }),
  fc.record({
    path: fc.constant('municipality'),
    value: fc.oneof(
      fc.constantFrom('sof46', 'Столична', 'SOF47', 'XXX01', 'SOF46 SOF46'),
      fc.string({ minLength: 1 }).filter((text) => notBlank(text) && !isMunicipalityCode(text.trim())),
    ),
  }),
  fc.record({ path: fc.constant('consents.processing'), value: fc.constantFrom(false, 'yes', 1, 0, 'true') }),
  fc.record({
    path: fc.constantFrom('firstName', 'lastName', 'organization'),
    value: fc.constantFrom('Мария\r\nATTENDEE:mailto:x@example.org', 'Tab\there', 'Null\u0000byte'),
  }),
  key.map((name) => ({ path: name, value: 'x' })),
  key.map((name) => ({ path: `consents.${name}`, value: true })),
);

/** At most one string of a million characters per body: two would pass the 2 MB limit of a JSON body. */
const huge: fc.Arbitrary<Mutation> = fc.record({
  path: fc.constantFrom(...STRING_FIELDS, 'sector', 'municipality', 'language'),
  value: fc.constantFrom('a', 'Я', 'x1').map((unit) => unit.repeat(Math.ceil(1_000_000 / unit.length))),
});

const root = (path: string) => path.split('.')[0];
const malformed = fc
  .tuple(
    fc.uniqueArray(mutation, { minLength: 1, maxLength: 3, selector: (m) => root(m.path) }),
    fc.option(huge, { freq: 3 }),
  )
  .filter(([mutations, big]) => !big || mutations.every((m) => root(m.path) !== root(big.path)))
  .map(([mutations, big]) => (big ? [...mutations, big] : mutations));

function apply(mutations: Mutation[]): Record<string, unknown> {
  const body = structuredClone(aRegistrationInput()) as unknown as Record<string, unknown>;
  for (const { path, value, remove } of mutations) {
    const [head, tail] = path.split('.');
    const target = tail === undefined ? body : (body[head] as Record<string, unknown>);
    const field = tail ?? head;
    if (remove) delete target[field];
    else target[field] = value;
  }
  return body;
}

describe('malformed registrations', () => {
  let t: TestApp;
  let eventId: string;

  beforeAll(async () => {
    t = await bootApp();
    eventId = (await aPublishedEvent(t.http, await tokenFor(t.http, 'organizer'))).id;
  });
  afterAll(() => t.close());

  it('are each answered 400 problem+json naming every bad field, and store and queue nothing', async () => {
    await fc.assert(
      fc.asyncProperty(malformed, async (mutations) => {
        const response = await t.http.post(`/api/events/${eventId}/registrations`).send(apply(mutations));
        const problem = response.body as Problem;
        // The whole answer on failure: status, code and detail say at once what went wrong.
        expect({ status: response.status, code: problem.code, detail: problem.detail }).toEqual({
          status: 400,
          code: 'VALIDATION_FAILED',
          detail: expect.any(String),
        });
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        for (const error of problem.errors ?? []) {
          expect(error).toEqual({
            field: expect.any(String),
            rule: expect.any(String),
            message: expect.any(String),
          });
        }
        const fields = (problem.errors ?? []).map((error) => error.field);
        for (const { path } of mutations) {
          expect(fields.some((field) => field === path || field.startsWith(`${path}.`))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    const count = async (table: string) =>
      Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    expect(await count('registrations')).toBe(0);
    expect(await count('jobs')).toBe(0);
  }, 120_000);

  it('still takes the valid body the malformed ones were made from', async () => {
    await t.http.post(`/api/events/${eventId}/registrations`).send(apply([])).expect(201);
  });
});
