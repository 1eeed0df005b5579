import type { EntityManager } from 'typeorm';
import type { MailJobs } from '../jobs/job-kinds';
import type { JobQueue, KindedMailItem } from '../jobs/job-queue';
import type { RegistrationEntity } from './registration.entity';

/** Nothing beyond the registration (the job's subject) as it is when the message goes out. */
type CurrentState = Record<string, never>;

declare module '../jobs/job-kinds' {
  interface MailJobs {
    'registration-received': CurrentState;
    'registration-confirmed': CurrentState;
    /** The place in the queue is read when the message goes out, so it is the current one. */
    'registration-waitlisted': CurrentState;
    'registration-promoted': CurrentState;
    'registration-rejected': { message: string | null };
    /** `hadRequest`: the person was confirmed, so their calendar holds a REQUEST that this CANCEL removes. */
    'registration-cancelled': { hadRequest: boolean };
    'registration-reminder': CurrentState;
    /** A lost link sent again: the message of the registration's current status, with a fresh token. */
    'registration-link': CurrentState;
  }
}

export type RegistrationMailKind = Extract<keyof MailJobs, `registration-${string}`>;

/** The subject of every message about one registration. */
export function registrationSubject(registration: { id: string }) {
  return { type: 'registration', id: registration.id };
}

/** One message about one registration: its kind and payload. */
export type RegistrationMail = {
  [K in RegistrationMailKind]: {
    kind: K;
    registration: RegistrationEntity;
    payload: MailJobs[K];
    /** `registration:<id>:<kind>` unless given. */
    dedupeKey?: string;
  };
}[RegistrationMailKind];

/**
 * Queues one message about a registration in the caller's transaction. Each kind goes once per registration
 * (its status only moves forward), unless the caller gives a key of its own (a lost link asked for again).
 */
export async function queueRegistrationMail<K extends RegistrationMailKind>(
  jobs: JobQueue,
  manager: EntityManager,
  kind: K,
  registration: RegistrationEntity,
  payload: MailJobs[K],
  dedupeKey = `registration:${registration.id}:${kind}`,
): Promise<void> {
  await queueRegistrationMails(jobs, manager, [
    { kind, registration, payload, dedupeKey } as RegistrationMail,
  ]);
}

/** Several messages about registrations, queued in one statement; each as queueRegistrationMail would. */
export async function queueRegistrationMails(
  jobs: JobQueue,
  manager: EntityManager,
  mails: readonly RegistrationMail[],
): Promise<void> {
  await jobs.mails(
    manager,
    mails
      // A walk-in who gave no address (decision 0017): there is nobody to write to.
      .filter(({ registration }) => registration.email !== '')
      .map(
        ({ kind, registration, payload, dedupeKey }) =>
          ({
            kind,
            dedupeKey: dedupeKey ?? `registration:${registration.id}:${kind}`,
            eventId: registration.eventId,
            subject: registrationSubject(registration),
            to: { email: registration.email, name: fullName(registration) },
            language: registration.language,
            payload,
          }) as KindedMailItem,
      ),
  );
}

/** The message a new or approved registration gets, by the status it took. */
export function messageForStatus(
  status: RegistrationEntity['status'],
): 'registration-received' | 'registration-confirmed' | 'registration-waitlisted' | null {
  if (status === 'pending') return 'registration-received';
  if (status === 'confirmed') return 'registration-confirmed';
  if (status === 'waitlisted') return 'registration-waitlisted';
  return null;
}

/** „Име Фамилия“, as the templates greet the person. */
export function fullName(registration: Pick<RegistrationEntity, 'firstName' | 'lastName'>): string {
  return `${registration.firstName} ${registration.lastName}`.trim();
}

/** Everyone the wait list just moved up gets the promotion, with the calendar invite. */
export async function queuePromotions(
  jobs: JobQueue,
  manager: EntityManager,
  promoted: RegistrationEntity[],
): Promise<void> {
  await queueRegistrationMails(
    jobs,
    manager,
    promoted.map((registration) => ({ kind: 'registration-promoted', registration, payload: {} })),
  );
}
