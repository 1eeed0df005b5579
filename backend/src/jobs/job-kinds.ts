import type { Language } from '@roundtable/contracts';

/**
 * The payload of each kind of mail job, by kind. Empty here: each feature adds its kinds where it composes them,
 * by declaration merging (`declare module '../jobs/job-kinds' { interface MailJobs { ... } }`), so enqueueing a
 * kind with the wrong payload, or composing one that reads a field nobody writes, fails to compile.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface MailJobs {}

/** The payload of each kind of task job (run by a handler in a transaction), extended the same way. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface TaskJobs {}

export type MailKind = keyof MailJobs & string;
export type TaskKind = keyof TaskJobs & string;
export type JobKind = MailKind | TaskKind;
export type PayloadOf<K extends JobKind> = K extends MailKind
  ? MailJobs[K]
  : K extends TaskKind
    ? TaskJobs[K]
    : never;

/** What a job is about, e.g. `{ type: 'invitation', id }`. */
export interface JobSubject {
  type: string;
  id: string;
}

export interface Recipient {
  email: string;
  name: string;
}

export interface Job<K extends JobKind> {
  id: string;
  kind: K;
  subject: JobSubject | null;
  eventId: string | null;
  payload: PayloadOf<K>;
  /** This run included. */
  attempts: number;
  createdAt: Date;
}

export interface MailJob<K extends MailKind> extends Job<K> {
  to: Recipient;
  language: Language;
}
