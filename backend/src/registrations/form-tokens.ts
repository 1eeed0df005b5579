import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { InjectConfig } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { checkFormToken, issueFormToken, type FormCheck } from './form-token';

/** The bot guard's key: FORM_SECRET, shared by every instance, or a random one for a single instance. */
@Injectable()
export class FormTokens {
  private readonly key: Buffer;

  constructor(@InjectConfig() config: AppConfig) {
    this.key = config.formSecret
      ? createHash('sha256').update(`roundtable-form:${config.formSecret}`).digest()
      : randomBytes(32);
  }

  issue(eventId: string, issuedAt = Date.now()): string {
    return issueFormToken(this.key, eventId, issuedAt);
  }

  check(eventId: string, token: unknown, now = Date.now()): FormCheck {
    return checkFormToken(this.key, eventId, token, now);
  }
}
