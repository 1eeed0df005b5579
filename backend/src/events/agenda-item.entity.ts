import type { AgendaItemKind } from '@roundtable/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';
import { EventEntity } from './event.entity';

@Entity('agenda_items')
@Index('IDX_agenda_items_event_position', ['eventId', 'position'])
export class AgendaItemEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column(ID_COLUMN)
  eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: EventEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column(INSTANT_COLUMN)
  startsAt!: Date;

  @Column(INSTANT_COLUMN)
  endsAt!: Date;

  @Column({ type: 'varchar', length: 20 })
  kind!: AgendaItemKind;

  /** Invitation ids; checked against the event's panel once invitations exist. */
  @Column({ type: 'simple-json' })
  speakerIds!: string[];
}
