import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';
import { EventEntity } from '../events/event.entity';
import { UserEntity } from '../users/user.entity';

/** A staff account assigned to an event: it may check people in there, and sees that event only. */
@Entity('event_staff')
@Index('IDX_event_staff_user', ['userId'])
export class EventStaffEntity {
  @PrimaryColumn(ID_COLUMN)
  eventId!: string;

  @PrimaryColumn(ID_COLUMN)
  userId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: EventEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: UserEntity;

  @CreateDateColumn(INSTANT_COLUMN)
  createdAt!: Date;
}
