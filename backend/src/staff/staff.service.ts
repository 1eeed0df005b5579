import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FieldError, StaffList, StaffMember } from '@roundtable/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { audit } from '../common/audit-log';
import { DomainError, validationFailed } from '../common/domain-error';
import { inTransaction } from '../database/transaction';
import { EventEntity } from '../events/event.entity';
import { lockEvent } from '../registrations/seat-counts';
import { UserEntity } from '../users/user.entity';
import { EventStaffEntity } from './event-staff.entity';

/** Which staff accounts work the door of an event. */
@Injectable()
export class StaffService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every active staff account: organisers pick from these (the user list itself is the admin's). */
  async accounts(): Promise<StaffList> {
    const users = await this.dataSource.manager.find(UserEntity, {
      where: { role: 'staff', active: true },
      order: { name: 'ASC', id: 'ASC' },
    });
    return { items: users.map(toStaffMember) };
  }

  async list(eventId: string): Promise<StaffList> {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(EventEntity, { id: eventId }))) throw new DomainError('EVENT_NOT_FOUND');
    return this.staffOf(manager, eventId);
  }

  /** Replaces the event's staff with `userIds`; each must be an active account with the role staff. */
  async replace(eventId: string, userIds: string[]): Promise<StaffList> {
    const wanted = [...new Set(userIds)];
    return inTransaction(this.dataSource, async (manager) => {
      // The event's lock orders two organisers' edits of one list, so neither sees half of the other's.
      if (!(await lockEvent(manager, eventId))) throw new DomainError('EVENT_NOT_FOUND');
      const accounts =
        wanted.length === 0
          ? []
          : await manager.findBy(UserEntity, { id: In(wanted), active: true, role: 'staff' });
      const found = new Set(accounts.map((account) => account.id));
      const errors = userIds.flatMap((id, index): FieldError[] =>
        found.has(id)
          ? []
          : [
              {
                field: `userIds.${index}`,
                rule: 'staffAccount',
                message: `userIds.${index} must be an active account with the role staff`,
              },
            ],
      );
      if (errors.length > 0) throw validationFailed(errors);
      const before = (await manager.findBy(EventStaffEntity, { eventId })).map((row) => row.userId);
      const added = wanted.filter((id) => !before.includes(id));
      const removed = before.filter((id) => !wanted.includes(id));
      if (removed.length > 0) await manager.delete(EventStaffEntity, { eventId, userId: In(removed) });
      if (added.length > 0)
        await manager.insert(
          EventStaffEntity,
          added.map((userId) => ({ eventId, userId })),
        );
      if (added.length + removed.length > 0)
        audit('event.staff.changed', { eventId, added: added.join(','), removed: removed.join(',') });
      return this.staffOf(manager, eventId);
    });
  }

  private async staffOf(manager: EntityManager, eventId: string): Promise<StaffList> {
    const rows = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .innerJoin(EventStaffEntity, 'staff', 'staff.userId = user.id')
      .where('staff.eventId = :eventId', { eventId })
      .orderBy('user.name', 'ASC')
      .addOrderBy('user.id', 'ASC')
      .getMany();
    return { items: rows.map(toStaffMember) };
  }
}

function toStaffMember({ id, email, name }: UserEntity): StaffMember {
  return { id, email, name };
}
