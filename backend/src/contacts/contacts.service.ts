import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Contact, ContactImport, ContactInvitationResult, ContactPage } from '@roundtable/contracts';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import { audit } from '../common/audit-log';
import { DomainError } from '../common/domain-error';
import { isUniqueViolation } from '../database/errors';
import { inTransaction } from '../database/transaction';
import { EventEntity } from '../events/event.entity';
import type { InvitationInputDto } from '../invitations/dto/invitation-input.dto';
import { InvitationEntity } from '../invitations/invitation.entity';
import { HOLDING_STATUSES } from '../invitations/invitation-rules';
import { InvitationsService } from '../invitations/invitations.service';
import type { UserEntity } from '../users/user.entity';
import { ContactEntity } from './contact.entity';
import { ContactImports } from './contact-imports';
import { toContacts } from './contact.mapper';
import { contactKey, contactSearchText, newContact } from './contact-store';
import type { ContactInputDto, ContactPatchDto } from './dto/contact-input.dto';
import type { ContactInvitationDto } from './dto/contact-invitation.dto';
import type { ContactListQueryDto } from './dto/contact-query.dto';

@Injectable()
export class ContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: ContactImports,
    private readonly invitations: InvitationsService,
  ) {}

  /** Searched, filtered and paged in the database; search as in registrations (see listRegistrations). */
  async list(query: ContactListQueryDto): Promise<ContactPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const builder = this.dataSource.getRepository(ContactEntity).createQueryBuilder('contact');
    if (query.sector) builder.andWhere('contact.sector = :sector', { sector: query.sector });
    if (query.municipality)
      builder.andWhere('contact.municipality = :municipality', { municipality: query.municipality });
    if (query.followUp !== undefined)
      builder.andWhere('contact.followUpConsented = :followUp', { followUp: query.followUp });
    if (query.q) {
      builder.andWhere("contact.searchText LIKE :q ESCAPE '!'", {
        q: `%${query.q.toLowerCase().replace(/[!%_]/g, (char) => `!${char}`)}%`,
      });
    }
    const [rows, total] = await builder
      .orderBy('contact.lastName', 'ASC')
      .addOrderBy('contact.firstName', 'ASC')
      .addOrderBy('contact.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: await toContacts(this.dataSource.manager, rows), total, page, pageSize };
  }

  async byId(id: string): Promise<Contact> {
    const [contact] = await toContacts(this.dataSource.manager, [
      await this.find(this.dataSource.manager, id),
    ]);
    return contact;
  }

  async create(input: ContactInputDto): Promise<Contact> {
    const contact = newContact(this.dataSource.manager, input, 'manual');
    try {
      await this.dataSource.manager.insert(ContactEntity, contact);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('CONTACT_EXISTS');
      throw error;
    }
    return this.byId(contact.id);
  }

  /** The organiser's edit: what it names is written as given (an optional field null or '' is cleared). */
  async update(id: string, patch: ContactPatchDto): Promise<Contact> {
    await inTransaction(this.dataSource, async (manager) => {
      const contact = await this.find(manager, id);
      for (const [field, value] of Object.entries(patch) as [keyof ContactPatchDto, unknown][]) {
        if (value !== undefined) Object.assign(contact, { [field]: value });
      }
      if (patch.email !== undefined) {
        contact.email = patch.email;
        contact.emailKey = contactKey(patch.email);
        if (await manager.existsBy(ContactEntity, { emailKey: contact.emailKey, id: Not(id) }))
          throw new DomainError('CONTACT_EXISTS');
      }
      contact.searchText = contactSearchText(contact);
      try {
        await manager.save(contact);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError('CONTACT_EXISTS');
        throw error;
      }
    });
    return this.byId(id);
  }

  async remove(id: string): Promise<void> {
    const result = await this.dataSource.manager.delete(ContactEntity, { id });
    if (!result.affected) throw new DomainError('CONTACT_NOT_FOUND');
  }

  startImport(csv: string, actor: UserEntity): Promise<ContactImport> {
    return this.imports.start(csv, actor);
  }

  importStatus(id: string): Promise<ContactImport> {
    return this.imports.status(id);
  }

  /**
   * Invites contacts through the invitation service, in one transaction: the same e-mail with its calendar
   * REQUEST, the same seats held for guests, the same refusals (an unknown or cancelled event). A contact that
   * is gone, or already has an open invitation to the event, is skipped and said so.
   */
  async invite(input: ContactInvitationDto, actor: UserEntity): Promise<ContactInvitationResult> {
    const result = await inTransaction(this.dataSource, async (manager) => {
      const event = await manager.findOneBy(EventEntity, { id: input.eventId });
      if (!event) throw new DomainError('EVENT_NOT_FOUND');
      if (event.status === 'cancelled') throw new DomainError('EVENT_CANCELLED');
      const ids = [...new Set(input.contactIds)];
      const contacts = new Map(
        (await manager.findBy(ContactEntity, { id: In(ids) })).map((contact) => [contact.id, contact]),
      );
      const open = await manager.findBy(InvitationEntity, {
        eventId: event.id,
        email: In([...contacts.values()].map((contact) => contact.emailKey)),
        status: In(HOLDING_STATUSES),
      });
      const invited = new Set(open.map((invitation) => invitation.email));
      const skipped: ContactInvitationResult['skipped'] = [];
      const inputs: InvitationInputDto[] = [];
      for (const id of ids) {
        const contact = contacts.get(id);
        if (!contact) skipped.push({ contactId: id, reason: 'not-found' });
        else if (invited.has(contact.emailKey)) skipped.push({ contactId: id, reason: 'already-invited' });
        else {
          invited.add(contact.emailKey);
          inputs.push(invitationOf(contact, input));
        }
      }
      if (inputs.length > 0) await this.invitations.create(event.id, inputs, actor, { manager });
      audit('contacts.invited', {
        eventId: input.eventId,
        role: input.role,
        invited: inputs.length,
        skipped: skipped.length,
      });
      return { invited: inputs.length, skipped };
    });
    return result;
  }

  private async find(manager: EntityManager, id: string): Promise<ContactEntity> {
    const contact = await manager.findOneBy(ContactEntity, { id });
    if (!contact) throw new DomainError('CONTACT_NOT_FOUND');
    return contact;
  }
}

function invitationOf(contact: ContactEntity, input: ContactInvitationDto): InvitationInputDto {
  return {
    email: contact.emailKey,
    name: `${contact.firstName} ${contact.lastName}`.slice(0, 200),
    role: input.role,
    organization: contact.organization ?? undefined,
    position: contact.position ?? undefined,
    sector: contact.sector ?? undefined,
    language: contact.language,
    message: input.message,
    respondBy: input.respondBy,
  };
}
