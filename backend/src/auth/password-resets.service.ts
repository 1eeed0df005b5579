import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { audit } from '../common/audit-log';
import { InjectConfig } from '../common/config.token';
import { DomainError } from '../common/domain-error';
import { hashToken, newToken } from '../common/tokens';
import type { AppConfig } from '../config/config';
import { inTransaction } from '../database/transaction';
import { JobHandlers, type ComposedMail } from '../jobs/job-handlers';
import type { MailJob } from '../jobs/job-kinds';
import { JobQueue } from '../jobs/job-queue';
import { TemplateRenderer } from '../mail/template-renderer';
import { UserEntity } from '../users/user.entity';
import { PasswordResetEntity } from './password-reset.entity';
import { hashPassword } from './passwords';
import { SessionEntity } from './session.entity';

export const RESET_LINK_LIFETIME_MS = 30 * 60 * 1000;
/** One reset e-mail per account per window, however often the form is sent: no one can flood an inbox. */
const MAIL_WINDOW_MS = 5 * 60 * 1000;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;
const MINUTES = RESET_LINK_LIFETIME_MS / 60_000;
/** The layout's title and preview line, which for other messages name the event. */
const HEADING = {
  bg: { title: 'Нова парола', when: `Връзката е валидна ${MINUTES} минути.` },
  en: { title: 'A new password', when: `The link is valid for ${MINUTES} minutes.` },
};

declare module '../jobs/job-kinds' {
  interface MailJobs {
    'password-reset': { userId: string; requestedAt: string };
  }
}

/**
 * "Forgot password": a link by e-mail, minted when the message is sent (only its hash is stored), good for 30
 * minutes and once. Setting a new password ends every session of the account.
 */
@Injectable()
export class PasswordResetsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly handlers: JobHandlers,
    private readonly renderer: TemplateRenderer,
  ) {}

  onModuleInit(): void {
    this.handlers.mail('password-reset', (job, manager) => this.compose(job, manager));
  }

  /** Answers the same whether or not the address has an account, so the form reveals none. */
  async request(email: string): Promise<void> {
    const address = email.trim().toLowerCase();
    await inTransaction(this.dataSource, async (manager) => {
      const user = await manager.findOneBy(UserEntity, { email: address, active: true });
      audit(
        'password-reset.requested',
        { email: address, account: user ? 'exists' : 'unknown' },
        { subject: user ? { type: 'user', id: user.id } : undefined },
      );
      if (!user) return;
      const now = Date.now();
      await this.jobs.mail(manager, 'password-reset', {
        dedupeKey: `password-reset:${user.id}:${Math.floor(now / MAIL_WINDOW_MS)}`,
        subject: { type: 'user', id: user.id },
        to: { email: user.email, name: user.name },
        language: user.language,
        payload: { userId: user.id, requestedAt: new Date(now).toISOString() },
      });
    });
  }

  async reset(token: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    await inTransaction(this.dataSource, async (manager) => {
      if (!TOKEN_SHAPE.test(token)) throw new DomainError('RESET_LINK_INVALID');
      const now = new Date();
      const link = await manager.findOneBy(PasswordResetEntity, {
        tokenHash: hashToken(token),
        usedAt: IsNull(),
        expiresAt: MoreThan(now),
      });
      if (!link) throw new DomainError('RESET_LINK_INVALID');
      // The condition repeats the read, so of two concurrent uses only one changes the row.
      const claimed = await manager.update(
        PasswordResetEntity,
        { id: link.id, usedAt: IsNull() },
        { usedAt: now },
      );
      if (claimed.affected !== 1) throw new DomainError('RESET_LINK_INVALID');
      const user = await manager.findOneBy(UserEntity, { id: link.userId, active: true });
      if (!user) throw new DomainError('RESET_LINK_INVALID');
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      // Older links of the account die with this one, and so does every session (a thief's included).
      await manager.update(PasswordResetEntity, { userId: user.id, usedAt: IsNull() }, { usedAt: now });
      await manager.delete(SessionEntity, { userId: user.id });
      // By the reset link, which only the account's owner received: they are the actor.
      audit(
        'password-reset.completed',
        { user: user.id },
        { actor: user, subject: { type: 'user', id: user.id } },
      );
    });
  }

  private async compose(
    job: MailJob<'password-reset'>,
    manager: EntityManager,
  ): Promise<ComposedMail | null> {
    const expiresAt = new Date(new Date(job.payload.requestedAt).getTime() + RESET_LINK_LIFETIME_MS);
    // A message that could only carry a dead link is not worth sending.
    if (expiresAt.getTime() <= Date.now()) return null;
    const user = await manager.findOneBy(UserEntity, { id: job.payload.userId, active: true });
    if (!user) return null;
    const token = newToken();
    await manager.insert(PasswordResetEntity, {
      id: randomUUID(),
      tokenHash: hashToken(token),
      userId: user.id,
      expiresAt,
      usedAt: null,
    });
    return this.renderer.render('password-reset', job.language, {
      name: job.to.name,
      event: HEADING[job.language],
      resetUrl: `${this.config.publicUrl}/organizer/reset-password/${token}?lang=${job.language}`,
      minutes: MINUTES,
    });
  }
}
