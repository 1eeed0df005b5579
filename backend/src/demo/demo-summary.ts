import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../database/transaction';
import { insertRegistration } from '../registrations/registration-insert';
import { RegistrationEntity } from '../registrations/registration.entity';
import { consentsGiven, emailKey, searchText } from '../registrations/registration-fields';
import {
  EventSummaryEntity,
  RecommendationChangeEntity,
  RecommendationEntity,
} from '../summary/summary.entities';
import { BODY, KEY_POINTS, PARTICIPANTS, RECOMMENDATIONS, type DemoParticipant } from './demo-summary-data';

/**
 * The after-event story of the past round table (21 May 2024): who registered and who came, and the published
 * summary with its recommendations, one of them followed up since. Written straight into the tables: the event
 * is over, so the registration rules would refuse it, and publishing here must send nobody any mail.
 */

const ZONE = 'Europe/Sofia';
const at = (day: string, time: string) => DateTime.fromISO(`${day}T${time}`, { zone: ZONE }).toJSDate();
const transliterate = (text: string) =>
  text
    .toLowerCase()
    .replace(/^д-р /, '')
    .replace(/[а-я]/g, (letter) => LATIN['абвгдежзийклмнопрстуфхцчшщъьюя'.indexOf(letter)] ?? '');
const LATIN = 'a b v g d e zh z i y k l m n o p r s t u f h ts ch sh sht a y yu ya'.split(' ');

/** Registrations, check-ins and the published summary of the past round table; nothing is mailed. */
export async function seedPastRoundTableStory(
  dataSource: DataSource,
  eventId: string,
  privacyNoticeVersion: string,
): Promise<void> {
  await inTransaction(dataSource, async (manager) => {
    for (const [index, person] of PARTICIPANTS.entries()) {
      await insertRegistration(
        manager,
        demoRegistration(manager, eventId, index, person, privacyNoticeVersion),
      );
    }
    await seedSummary(manager, eventId);
  });
}

function demoRegistration(
  manager: EntityManager,
  eventId: string,
  index: number,
  person: DemoParticipant,
  privacyNoticeVersion: string,
): RegistrationEntity {
  const email = person.walkIn
    ? ''
    : `${transliterate(person.firstName)}.${transliterate(person.lastName)}@example.bg`;
  // Registered over the fortnight before the event; walk-ins at the door.
  const createdAt = person.walkIn
    ? at('2024-05-21', person.checkedIn ?? '10:00')
    : at(`2024-05-${String(6 + (index % 14)).padStart(2, '0')}`, `1${index % 8}:15`);
  return manager.create(RegistrationEntity, {
    id: randomUUID(),
    eventId,
    firstName: person.firstName,
    lastName: person.lastName,
    email,
    activeEmailKey: email ? emailKey(email) : null,
    organization: person.organization,
    position: person.position,
    sector: person.sector,
    municipality: person.municipality,
    phone: null,
    accessibilityNeeds: null,
    searchText: searchText({ ...person, email }),
    language: 'bg',
    consents: consentsGiven(
      { processing: true, media: !person.walkIn, publishName: !person.walkIn, followUp: index % 3 !== 0 },
      createdAt,
      privacyNoticeVersion,
    ),
    status: 'confirmed',
    queuedAt: null,
    invitationId: null,
    checkedInAt: person.checkedIn ? at('2024-05-21', person.checkedIn) : null,
    checkedInById: null,
    walkIn: person.walkIn === true,
    createdAt,
    updatedAt: createdAt,
  });
}

async function seedSummary(manager: EntityManager, eventId: string): Promise<void> {
  const written = at('2024-05-24', '16:30');
  await manager.insert(EventSummaryEntity, {
    eventId,
    body: BODY,
    keyPoints: KEY_POINTS,
    publishedAt: at('2024-05-27', '10:00'),
    updatedAt: at('2024-11-18', '11:20'),
  });
  for (const [position, recommendation] of RECOMMENDATIONS.entries()) {
    const id = randomUUID();
    const { madeAs, ...now } = recommendation;
    const changedAt = madeAs ? at(madeAs.changedOn, '11:20') : written;
    await manager.insert(RecommendationEntity, {
      id,
      eventId,
      position,
      text: now.text,
      owner: now.owner,
      dueDate: now.dueDate,
      status: now.status,
      createdAt: written,
      updatedAt: changedAt,
    });
    const states = madeAs
      ? [
          { at: written, ...now, dueDate: madeAs.dueDate, status: madeAs.status },
          { at: changedAt, ...now },
        ]
      : [{ at: written, ...now }];
    for (const state of states) {
      await manager.insert(RecommendationChangeEntity, {
        id: randomUUID(),
        recommendationId: id,
        at: state.at,
        text: state.text,
        owner: state.owner,
        dueDate: state.dueDate,
        status: state.status,
      });
    }
  }
}
