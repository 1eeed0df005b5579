import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import type { UserEntity } from '../users/user.entity';
import { EventStaffEntity } from './event-staff.entity';

/**
 * Who may work the door of an event: organisers and admins at every event (decision 0009), staff at the events
 * they are assigned to (decision 0017). Read from the database on every request, so an assignment taken away
 * holds at once on every instance.
 */
@Injectable()
export class StaffAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** FORBIDDEN for staff not assigned to the event; anyone else the route's roles let in passes. */
  async assertMayWorkAt(user: UserEntity, eventId: string, manager?: EntityManager): Promise<void> {
    if (user.role !== 'staff') return;
    if (!(await this.isAssigned(user.id, eventId, manager))) throw new DomainError('FORBIDDEN');
  }

  async isAssigned(userId: string, eventId: string, manager = this.dataSource.manager): Promise<boolean> {
    return (await manager.countBy(EventStaffEntity, { userId, eventId })) > 0;
  }
}

export function isStaff(user: UserEntity | undefined): user is UserEntity {
  return user?.role === 'staff';
}
