import type { Registration } from '@roundtable/contracts';
import { DomainError } from '../src/common/domain-error';
import type { RegistrationInputDto } from '../src/registrations/dto/registration-input.dto';
import { RegistrationIntake } from '../src/registrations/registration-intake';
import { RegistrationEntity } from '../src/registrations/registration.entity';
import { SeatTransaction } from '../src/registrations/seat-transaction';
import { waitlistPositions, waitlistPositionsOfNewest } from '../src/registrations/wait-list';
import { aRegistrationInput } from './support/builders';
import { aPublishedEvent } from './support/registrations';
import { bootApp, tokenFor, type TestApp } from './support/test-app';

/**
 * Group commit (decision 0025): requests for one event that arrive together are decided in one transaction,
 * in the order they came, and each is answered on its own; a request the database refuses fails no other.
 * The intake is called as the controller calls it, several requests in the same turn of the event loop.
 */
describe('registrations decided together', () => {
  let t: TestApp;
  let organiser: string;
  let intake: RegistrationIntake;
  let transactions: jest.SpyInstance;

  beforeAll(async () => {
    t = await bootApp();
    organiser = await tokenFor(t.http, 'organizer');
    intake = t.app.get(RegistrationIntake);
    // Counts the transactions and lets each run as it would.
    transactions = jest.spyOn(t.app.get(SeatTransaction), 'run');
  });
  beforeEach(() => transactions.mockClear());
  afterAll(() => t.close());

  /** Every request submitted at once; each answer or refusal, in the order of the requests. */
  function submitTogether(eventId: string, inputs: RegistrationInputDto[]) {
    return Promise.allSettled(inputs.map((input) => intake.submit(eventId, { input, at: intake.arrival() })));
  }

  function answers(results: PromiseSettledResult<Registration>[]) {
    return results.map((result) =>
      result.status === 'fulfilled'
        ? [result.value.status, result.value.waitlistPosition]
        : [result.reason instanceof DomainError ? result.reason.code : 'database error', null],
    );
  }

  it('decides five in one transaction, in order: two seats, then places 1 to 3 on the wait list', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 2 });
    const results = await submitTogether(
      event.id,
      Array.from({ length: 5 }, (_, i) => aRegistrationInput({ email: `together-${i}@example.bg` })),
    );
    expect(answers(results)).toEqual([
      ['confirmed', null],
      ['confirmed', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
      ['waitlisted', 3],
    ]);
    expect(transactions).toHaveBeenCalledTimes(1);
    const rows: { email: string; status: string }[] = await t.dataSource.query(
      `SELECT email, status FROM registrations WHERE eventId = ? ORDER BY createdAt`,
      [event.id],
    );
    expect(rows.map((row) => row.email)).toEqual(
      Array.from({ length: 5 }, (_, i) => `together-${i}@example.bg`),
    );
    const mail: { n: string | number }[] = await t.dataSource.query(
      `SELECT COUNT(*) AS n FROM jobs WHERE eventId = ? AND kind IN ('registration-confirmed', 'registration-waitlisted')`,
      [event.id],
    );
    expect(Number(mail[0].n)).toBe(5);
  });

  it("reads a batch's places in one statement, as a count per row would, also when its earliest left the queue", async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 1 });
    // Two batches: the second's places follow the first's.
    for (const round of [0, 1])
      await submitTogether(
        event.id,
        Array.from({ length: 4 }, (_, i) => aRegistrationInput({ email: `places-${round}-${i}@example.bg` })),
      );
    const waiting = await t.dataSource.manager.find(RegistrationEntity, {
      where: { eventId: event.id, status: 'waitlisted' },
      order: { queuedAt: 'ASC', id: 'ASC' },
    });
    expect(waiting).toHaveLength(7);
    const secondBatch = waiting.slice(3);
    const perRow = await waitlistPositions(
      t.dataSource.manager,
      event.id,
      secondBatch.map(({ id }) => id),
    );
    expect([...perRow.values()]).toEqual([4, 5, 6, 7]);
    expect(await waitlistPositionsOfNewest(t.dataSource.manager, event.id, secondBatch)).toEqual(perRow);
    // The batch's earliest is no longer waiting, and one before it left too: the others move up.
    await t.dataSource.query(`UPDATE registrations SET status = 'cancelled' WHERE id IN (?, ?)`, [
      waiting[1].id,
      secondBatch[0].id,
    ]);
    const after = await waitlistPositionsOfNewest(t.dataSource.manager, event.id, secondBatch);
    expect(after).toEqual(
      new Map([
        [secondBatch[1].id, 3],
        [secondBatch[2].id, 4],
        [secondBatch[3].id, 5],
      ]),
    );
  });

  it('answers ALREADY_REGISTERED only to the second of one address in a batch', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    const results = await submitTogether(event.id, [
      aRegistrationInput({ email: 'same@example.bg' }),
      aRegistrationInput({ email: 'other@example.bg' }),
      aRegistrationInput({ email: 'SAME@example.bg' }),
      aRegistrationInput({ email: 'third@example.bg' }),
    ]);
    expect(answers(results)).toEqual([
      ['confirmed', null],
      ['confirmed', null],
      ['ALREADY_REGISTERED', null],
      ['confirmed', null],
    ]);
    expect(transactions).toHaveBeenCalledTimes(1);
  });

  it('a request the database refuses fails alone: the batch is tried again one by one', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 2 });
    const inputs = Array.from({ length: 4 }, (_, i) =>
      aRegistrationInput({ email: `retry-${i}@example.bg` }),
    );
    // Past validation no such request comes; here it stands for any row the database will not take.
    inputs[1] = { ...inputs[1], firstName: null as unknown as string };
    const results = await submitTogether(event.id, inputs);
    expect(answers(results)).toEqual([
      ['confirmed', null],
      ['database error', null],
      ['confirmed', null],
      ['waitlisted', 1],
    ]);
    // The batch, then each of the four alone.
    expect(transactions).toHaveBeenCalledTimes(5);
    const rows: { email: string }[] = await t.dataSource.query(
      `SELECT email FROM registrations WHERE eventId = ? ORDER BY createdAt`,
      [event.id],
    );
    expect(rows.map((row) => row.email)).toEqual([
      'retry-0@example.bg',
      'retry-2@example.bg',
      'retry-3@example.bg',
    ]);
  });

  it('answers EVENT_NOT_FOUND to every request for an event that does not exist', async () => {
    const results = await submitTogether('00000000-0000-4000-8000-000000000000', [
      aRegistrationInput({ email: 'a@example.bg' }),
      aRegistrationInput({ email: 'b@example.bg' }),
    ]);
    expect(answers(results)).toEqual([
      ['EVENT_NOT_FOUND', null],
      ['EVENT_NOT_FOUND', null],
    ]);
  });
});
