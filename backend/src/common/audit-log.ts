import {
  Injectable,
  Logger,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { AuditLinkType } from '@roundtable/contracts';
import { catchError, concatMap, Observable, tap } from 'rxjs';
import {
  auditDraftFinished,
  auditDraftStarted,
  auditRequestFinished,
  currentAuditRequest,
  recordAuditEntry,
  runInAuditRequest,
  storeAuditEntryNow,
  type AuditEntryDraft,
} from '../audit/audit-store';

/*
 * Security events (ASVS L2 V7): failed logins, refused requests (401, 403), changes to accounts and events. One
 * line each, saying what happened, who did it and from which address, so that an operator can answer "who
 * changed this, and when". Never a password or a token: those fields are dropped by name, and every string is
 * JSON-quoted, so a typed CR/LF cannot forge a second line.
 */

export type AuditValue = string | number | boolean | null | undefined;
export type AuditFields = Record<string, AuditValue>;

/** Who sent the request being served: the signed-in account (when there is one) and the client's address. */
export interface AuditOrigin {
  actor?: { id: string; email: string } | null;
  ip?: string | null;
}

export interface AuditRequest {
  ip?: string;
  user?: { id: string; email: string };
  method?: string;
  path?: string;
  body?: unknown;
  params?: Record<string, string | undefined>;
}

/**
 * What the stored entry (decision 0036) says beyond the log line: the event (by default `fields.eventId`), the
 * subject, and who acted when it is not the signed-in account: a person by their personal link, or the account
 * that just logged in. `log: 'only'` writes the line and stores nothing (refused requests, rate limits).
 */
export interface AuditTarget {
  eventId?: string | null;
  link?: { type: AuditLinkType; id: string };
  actor?: { id: string; email: string };
  request?: AuditRequest;
  log?: 'only';
  /** Default: `{ type: <the action's first word>, id: fields.id }` when the fields have a string `id`. */
  subject?: { type: string; id?: string | null };
  /** The entry keeps no client address (e.g. a person erasing their own data). */
  withoutAddress?: boolean;
}

export const SECRET_FIELD = /password|token|secret/i;
const logger = new Logger('Audit');

export function auditLine(action: string, fields: AuditFields, origin: AuditOrigin): string {
  const all: AuditFields = {
    ...fields,
    actor: origin.actor?.email ?? null,
    actorId: origin.actor?.id ?? null,
    ip: origin.ip ?? null,
  };
  const pairs = Object.entries(all)
    .filter(([key, value]) => value !== undefined && !SECRET_FIELD.test(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? JSON.stringify(value) : String(value)}`);
  return [action, ...pairs].join(' ');
}

/**
 * Writes one audit line and stores the entry (decision 0036). Outside a request (start-up, scheduled jobs) there
 * is no actor; inside one, the actor and address come from the request being served, so services need not pass
 * them along. Inside a transaction of `inTransaction` the entry is written in it, so a change rolled back leaves
 * no entry; otherwise at the end of the request (also when it fails: a failed login is an entry).
 */
export function audit(action: string, fields: AuditFields = {}, target: AuditTarget = {}): void {
  const made = logAndDraft(action, fields, target);
  if (made) recordAuditEntry(made.source, made.draft);
}

/**
 * `audit()` for a read whose answer is streamed (a download): the entry is stored before the bytes go, since the
 * request ends only after them. Storing it may fail without failing the download (the line is written).
 */
export async function auditNow(
  action: string,
  fields: AuditFields = {},
  target: AuditTarget = {},
): Promise<void> {
  const made = logAndDraft(action, fields, target);
  if (made) await storeAuditEntryNow(made.source, made.draft);
}

function logAndDraft(
  action: string,
  fields: AuditFields,
  target: AuditTarget,
): { source: AuditRequest | undefined; draft: AuditEntryDraft } | null {
  const source = target.request ?? (currentAuditRequest() as AuditRequest | undefined);
  const actor = target.link ? null : (target.actor ?? source?.user ?? null);
  logger.log(auditLine(action, fields, { actor, ip: source?.ip ?? null }));
  if (target.log === 'only') return null;
  const fieldEvent = typeof fields['eventId'] === 'string' ? fields['eventId'] : null;
  return {
    source,
    draft: {
      action,
      actor: actor ? { type: 'account', id: actor.id, email: actor.email } : null,
      link: target.link ?? null,
      eventId: target.eventId !== undefined ? target.eventId : fieldEvent,
      // By default the subject is what the action's first word names, with the `id` of the fields.
      subject: target.subject
        ? { type: target.subject.type, id: target.subject.id ?? null }
        : typeof fields['id'] === 'string'
          ? { type: action.split('.')[0], id: fields['id'] }
          : null,
      ip: target.withoutAddress ? null : (source?.ip ?? null),
      detail: detailOf(fields),
    },
  };
}

/** The fields of a line as an entry's detail: no secret (by name), no `eventId` (a column of its own). */
function detailOf(fields: AuditFields): AuditEntryDraft['detail'] {
  return Object.fromEntries(
    Object.entries(fields).filter(
      (entry): entry is [string, string | number | boolean | null] =>
        entry[1] !== undefined && entry[0] !== 'eventId' && !SECRET_FIELD.test(entry[0]),
    ),
  );
}

/**
 * Runs each handler with its request at hand for `audit()`; global, after the guard has set `user`. Before the
 * answer leaves, the entries made outside a transaction are stored, so a client that reads the log next sees
 * them.
 */
@Injectable()
export class AuditContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuditRequest>();
    return new Observable((subscriber) =>
      runInAuditRequest(request, () =>
        next
          .handle()
          .pipe(
            concatMap(async (value: unknown) => {
              await auditRequestFinished(request, true);
              return value;
            }),
            catchError(async (error: unknown) => {
              await auditRequestFinished(request, false);
              throw error;
            }),
          )
          .subscribe(subscriber),
      ),
    );
  }
}

/**
 * `<subject>.changed` after every successful change a signed-in person makes through these routes: which
 * action, on which path, which fields the body named (names only, never values). Organisers work as one team
 * (decision 0009), so this line is how any change to an event is traced back to the person who made it.
 * The stored entry is `<subject>.<handler>` (e.g. `event.publish`), written in the change's transaction, unless
 * the service recorded an entry of its own for the change (e.g. `summary.published`).
 */
export function AuditChanges(subject: string): MethodDecorator & ClassDecorator {
  return UseInterceptors(new AuditChangesInterceptor(subject));
}

class AuditChangesInterceptor implements NestInterceptor {
  constructor(private readonly subject: string) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuditRequest>();
    if (request.method === 'GET' || request.method === 'HEAD') return next.handle();
    const handler = context.getHandler().name;
    const fields = fieldNames(request.body);
    const id = request.params?.['id'] ?? null;
    const underEvent = request.path?.startsWith('/api/events/') ?? false;
    const otherParams = Object.entries(request.params ?? {}).filter(
      (entry): entry is [string, string] =>
        entry[0] !== 'id' && typeof entry[1] === 'string' && !SECRET_FIELD.test(entry[0]),
    );
    auditDraftStarted(request, {
      action: `${this.subject}.${handler.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`,
      actor: request.user ? { type: 'account', id: request.user.id, email: request.user.email } : null,
      link: null,
      eventId: underEvent ? id : null,
      subject: { type: this.subject, id: underEvent && this.subject !== 'event' ? null : id },
      ip: request.ip ?? null,
      detail: { ...Object.fromEntries(otherParams), ...(fields === undefined ? {} : { fields }) },
    });
    return next.handle().pipe(
      tap((result) => {
        const answer = (result ?? {}) as { id?: unknown; eventId?: unknown };
        auditDraftFinished(request, {
          subjectId: typeof answer.id === 'string' ? answer.id : null,
          eventId:
            typeof answer.eventId === 'string'
              ? answer.eventId
              : this.subject === 'event' && typeof answer.id === 'string'
                ? answer.id
                : null,
        });
        audit(
          `${this.subject}.changed`,
          { action: handler, path: request.path, id: answer.id as string | undefined, fields },
          { request, log: 'only' },
        );
      }),
    );
  }
}

function fieldNames(body: unknown): string | undefined {
  if (Array.isArray(body)) return `${body.length} items`;
  if (typeof body !== 'object' || body === null) return undefined;
  return Object.keys(body).join(',');
}
