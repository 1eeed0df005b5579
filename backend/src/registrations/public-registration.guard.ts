import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ThrottlerException, ThrottlerStorage } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { APP_CONFIG } from '../common/config.token';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/config';
import type { DatabaseThrottlerStorage } from '../rate-limits/database-throttler-storage';
import { FORM_GUARD } from './form-token';
import { FormTokens } from './form-tokens';

/**
 * Registrations per client address: a municipality's office behind one address registers a few colleagues,
 * a script registers hundreds.
 */
export const REGISTRATIONS_PER_CLIENT = { limit: 10, windowMs: 10 * 60_000 };
/** Registrations per event and minute, from all clients: well above a real rush when a forum opens. */
export const REGISTRATIONS_PER_EVENT = { limit: 300, windowMs: 60_000 };

/**
 * Guards the public registration route: rate limits per client and per event, counted in the database like the
 * login limits so they hold across instances, then the bot guard (form token with a minimum fill time, and an
 * empty honeypot). Counting comes first, so a bot's refused attempts use up its allowance too. `RATE_LIMITS=off`
 * lifts all of it. The guard's two fields are taken out of the body either way, so the registration's own
 * validation, which refuses unknown fields, never sees them.
 */
@Injectable()
export class PublicRegistrationGuard implements CanActivate {
  constructor(
    @Inject(ThrottlerStorage) private readonly storage: DatabaseThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly forms: FormTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const body = isRecord(request.body) ? request.body : {};
    const token = body[FORM_GUARD.tokenField];
    const honeypot = body[FORM_GUARD.honeypotField];
    delete body[FORM_GUARD.tokenField];
    delete body[FORM_GUARD.honeypotField];
    if (!this.config.rateLimits) return true;

    const eventId = String(request.params['id']);
    const response = context.switchToHttp().getResponse<Response>();
    await this.count(response, `registration-client:${request.ip}`, REGISTRATIONS_PER_CLIENT);
    await this.count(response, `registration-event:${eventId}`, REGISTRATIONS_PER_EVENT);
    const filledHoneypot = honeypot !== undefined && honeypot !== null && honeypot !== '';
    if (filledHoneypot || this.forms.check(eventId, token) !== 'ok') {
      throw new DomainError('FORM_CHECK_FAILED');
    }
    return true;
  }

  private async count(
    response: Response,
    key: string,
    rule: { limit: number; windowMs: number },
  ): Promise<void> {
    const record = await this.storage.increment(key, rule.windowMs, rule.limit);
    if (!record.isBlocked) return;
    response.setHeader('Retry-After', record.timeToBlockExpire);
    throw new ThrottlerException();
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
