import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Registration } from '@roundtable/contracts';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { inTransaction } from '../database/transaction';
import type { EventDto } from '../events/dto/event.dto';
import { EventsService } from '../events/events.service';
import { JobQueue } from '../jobs/job-queue';
import { LinkTokensService } from '../links/link-tokens.service';
import { checkinQrPng } from './checkin-code';
import type { LostLinkDto, RegistrationUpdateDto } from './dto/registration-update.dto';
import { RegistrationEntity } from './registration.entity';
import { queueRegistrationMail, registrationSubject } from './registration-messages';
import { emailKey } from './registration-fields';
import { RegistrationsService } from './registrations.service';

/**
 * The registrant's side, opened by the manage token from their e-mails. A token we never issued, and every token
 * of a registration whose data was deleted, answers 404 like an unknown id.
 */
@Injectable()
export class RegistrationSelfService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: LinkTokensService,
    private readonly jobs: JobQueue,
    private readonly registrations: RegistrationsService,
    private readonly events: EventsService,
  ) {}

  async view(token: string): Promise<{ registration: Registration; event: EventDto }> {
    const id = await this.idOf(token);
    const registration = await this.registrations.byId(id);
    return { registration, event: await this.events.byId(registration.eventId) };
  }

  async update(token: string, patch: RegistrationUpdateDto): Promise<Registration> {
    return this.registrations.update(await this.idOf(token), patch);
  }

  async cancel(token: string): Promise<Registration> {
    return this.registrations.cancel(await this.idOf(token));
  }

  async anonymise(token: string): Promise<Registration> {
    return this.registrations.cancel(await this.idOf(token), { erase: true });
  }

  async qr(token: string): Promise<Buffer> {
    return checkinQrPng(await this.idOf(token));
  }

  /**
   * Sends the link again to an address registered for the event, with a fresh token, and does nothing for any
   * other: the caller cannot tell which, so the form reveals no one's registration. A repeated request before
   * the last one went out queues nothing more (its key counts only the messages already sent).
   */
  async lostLink({ email, eventId }: LostLinkDto): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const registration = await manager.findOneBy(RegistrationEntity, {
        eventId,
        activeEmailKey: emailKey(email),
      });
      if (!registration) return;
      const sent = await this.jobs.count(manager, 'registration-link', registrationSubject(registration), [
        'done',
        'superseded',
        'failed',
      ]);
      await queueRegistrationMail(
        this.jobs,
        manager,
        'registration-link',
        registration,
        {},
        `registration:${registration.id}:link:${sent}`,
      );
    });
  }

  private async idOf(token: string): Promise<string> {
    const id = await this.links.resolve('registration', token);
    if (!id) throw new DomainError('REGISTRATION_NOT_FOUND');
    return id;
  }
}
