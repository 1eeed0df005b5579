import { randomUUID } from 'node:crypto';
import { plainInsert } from '../src/database/plain-insert';
import { RegistrationEntity } from '../src/registrations/registration.entity';
import { aPublishedEvent } from './support/registrations';
import { bootApp, tokenFor, type TestApp } from './support/test-app';

/** plainInsert (decision 0025) stores exactly what TypeORM's query builder stores, on either database. */
describe('plainInsert', () => {
  let t: TestApp;
  let organiser: string;

  beforeAll(async () => {
    t = await bootApp();
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  function aRegistration(eventId: string, email: string, at: Date): RegistrationEntity {
    return t.dataSource.manager.create(RegistrationEntity, {
      id: randomUUID(),
      eventId,
      firstName: 'Мария',
      lastName: 'Петрова-Иванова',
      email,
      activeEmailKey: email,
      organization: 'Община „Раковски“',
      position: null,
      sector: 'health',
      municipality: 'PDV25',
      phone: '+359 2 123 4567',
      accessibilityNeeds: 'Рампа; превод\nна жестов език',
      searchText: `мария петрова-иванова ${email}`,
      language: 'en',
      consents: {
        processing: { given: true, version: '2024-05', at: at.toISOString() },
        followUp: { given: false, version: '2024-05', at: at.toISOString() },
      },
      status: 'waitlisted',
      queuedAt: at,
      invitationId: null,
      checkedInAt: new Date(at.getTime() + 3_600_123),
      checkedInById: null,
      walkIn: true,
      createdAt: at,
      updatedAt: at,
    });
  }

  it('stores every column as the query builder does, dates to the millisecond', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 5 });
    const at = new Date('2031-03-30T23:59:58.987Z');
    const plain = aRegistration(event.id, 'plain@example.bg', at);
    const built = aRegistration(event.id, 'built@example.bg', at);
    await plainInsert(t.dataSource.manager, RegistrationEntity, [plain]);
    await t.dataSource.manager.createQueryBuilder().insert().into(RegistrationEntity).values(built).execute();

    const raw = async (id: string) => {
      const [row] = await t.dataSource.query('SELECT * FROM registrations WHERE id = ?', [id]);
      const { id: _id, email: _email, activeEmailKey: _key, searchText: _search, ...rest } = row;
      return rest;
    };
    expect(await raw(plain.id)).toEqual(await raw(built.id));
    const stored = await t.dataSource.manager.findOneByOrFail(RegistrationEntity, { id: plain.id });
    expect(stored).toEqual({ ...plain });
  });

  it('refuses an entity with a column not given, storing nothing', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 5 });
    const partial = aRegistration(event.id, 'partial@example.bg', new Date());
    delete (partial as Partial<RegistrationEntity>).phone;
    await expect(plainInsert(t.dataSource.manager, RegistrationEntity, [partial])).rejects.toThrow(
      'registrations.phone is not given',
    );
    expect(await t.dataSource.manager.countBy(RegistrationEntity, { eventId: event.id })).toBe(0);
  });
});
