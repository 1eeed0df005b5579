import {
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { ThrottlerException, ThrottlerStorage } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { from, mergeMap, switchMap, type Observable } from 'rxjs';
import { audit, type AuditRequest } from '../common/audit-log';
import { APP_CONFIG } from '../common/config.token';
import type { AppConfig } from '../config/config';
import type { DatabaseThrottlerStorage } from '../rate-limits/database-throttler-storage';

/** Failed login attempts per account in a quarter of an hour, from however many addresses. */
export const LOGIN_ATTEMPTS_PER_ACCOUNT = 20;
export const ACCOUNT_WINDOW_MS = 15 * 60_000;

/**
 * The per-address limit stops one client; this one stops many clients guessing one account's password. It
 * counts attempts at an e-mail address, existing account or not (so the answer tells nothing), in the same
 * database counters as the address limit, and a successful login clears the count: only a run of failures
 * locks an account, so colleagues sharing a demo account are not locked out by their own logins. It runs after
 * the address limit (a guard), so a blocked address adds nothing to the account's count.
 */
@Injectable()
export class LoginAccountLimitInterceptor implements NestInterceptor {
  constructor(
    @Inject(ThrottlerStorage) private readonly storage: DatabaseThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const email: unknown = (request.body as { email?: unknown } | undefined)?.email;
    // No e-mail to count: validation answers 400 next.
    if (!this.config.rateLimits || typeof email !== 'string') return next.handle();
    const account = email.trim().toLowerCase();
    const key = `login-account:${account}`;
    return from(this.storage.increment(key, ACCOUNT_WINDOW_MS, LOGIN_ATTEMPTS_PER_ACCOUNT)).pipe(
      switchMap((record) => {
        if (record.isBlocked) {
          context.switchToHttp().getResponse<Response>().setHeader('Retry-After', record.timeToBlockExpire);
          audit(
            'login.limited',
            { email: account, limit: 'account' },
            { request: request as AuditRequest, log: 'only' },
          );
          // Recorded here, with the account; the problem filter then adds no line of its own.
          throw Object.assign(new ThrottlerException(), { audited: true });
        }
        return next.handle().pipe(mergeMap((answer) => from(this.storage.reset(key).then(() => answer))));
      }),
    );
  }
}
