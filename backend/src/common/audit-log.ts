import {
  Injectable,
  Logger,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { Observable, tap } from 'rxjs';

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
}

const SECRET_FIELD = /password|token|secret/i;
const requests = new AsyncLocalStorage<AuditRequest>();
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
 * Writes one audit line. Outside a request (start-up, scheduled jobs) there is no actor; inside one, the actor
 * and address come from the request being served, so services need not pass them along.
 */
export function audit(action: string, fields: AuditFields = {}, request?: AuditRequest): void {
  const source = request ?? requests.getStore();
  logger.log(auditLine(action, fields, { actor: source?.user ?? null, ip: source?.ip ?? null }));
}

/** Runs each handler with its request at hand for `audit()`; global, after the guard has set `user`. */
@Injectable()
export class AuditContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuditRequest>();
    return new Observable((subscriber) => requests.run(request, () => next.handle().subscribe(subscriber)));
  }
}

/**
 * `<subject>.changed` after every successful change a signed-in person makes through these routes: which
 * action, on which path, which fields the body named (names only, never values). Organisers work as one team
 * (decision 0009), so this line is how any change to an event is traced back to the person who made it.
 */
export function AuditChanges(subject: string): MethodDecorator & ClassDecorator {
  return UseInterceptors(new AuditChangesInterceptor(subject));
}

class AuditChangesInterceptor implements NestInterceptor {
  constructor(private readonly subject: string) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuditRequest>();
    if (request.method === 'GET' || request.method === 'HEAD') return next.handle();
    return next.handle().pipe(
      tap((result) =>
        audit(
          `${this.subject}.changed`,
          {
            action: context.getHandler().name,
            path: request.path,
            id: (result as { id?: unknown } | null)?.id as string | undefined,
            fields: fieldNames(request.body),
          },
          request,
        ),
      ),
    );
  }
}

function fieldNames(body: unknown): string | undefined {
  if (Array.isArray(body)) return `${body.length} items`;
  if (typeof body !== 'object' || body === null) return undefined;
  return Object.keys(body).join(',');
}
