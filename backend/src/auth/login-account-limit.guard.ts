import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ThrottlerException, ThrottlerStorage } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { audit, type AuditRequest } from '../common/audit-log';
import { APP_CONFIG } from '../common/config.token';
import type { AppConfig } from '../config/config';

/** Login attempts per account in a quarter of an hour, from however many addresses. */
export const LOGIN_ATTEMPTS_PER_ACCOUNT = 20;
export const ACCOUNT_WINDOW_MS = 15 * 60_000;

/**
 * The per-address limit stops one client; this one stops many clients guessing one account's password. It
 * counts every attempt at an e-mail address, existing account or not (so the answer tells nothing), in the
 * same database counters as the address limit. It runs after the address limit, so a blocked address adds
 * nothing to the account's count.
 */
@Injectable()
export class LoginAccountLimitGuard implements CanActivate {
  constructor(
    @Inject(ThrottlerStorage) private readonly storage: ThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const email: unknown = (request.body as { email?: unknown } | undefined)?.email;
    // No e-mail to count: validation answers 400 next.
    if (!this.config.rateLimits || typeof email !== 'string') return true;
    const account = email.trim().toLowerCase();
    const record = await this.storage.increment(
      `login-account:${account}`,
      ACCOUNT_WINDOW_MS,
      LOGIN_ATTEMPTS_PER_ACCOUNT,
      ACCOUNT_WINDOW_MS,
      'login-account',
    );
    if (!record.isBlocked) return true;
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', record.timeToBlockExpire);
    audit('login.limited', { email: account, limit: 'account' }, request as AuditRequest);
    throw new ThrottlerException();
  }
}
