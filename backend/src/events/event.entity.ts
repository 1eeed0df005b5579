import type { EventStatus, Language, RegistrationMode, Sector } from '@roundtable/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';

export class VenueColumns {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 300 })
  address!: string;

  @Column({ type: 'varchar', length: 100 })
  city!: string;
}

@Entity('events')
export class EventEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  /** Chosen once from the title and never changed, because people share links to it. */
  @Index('UQ_events_slug', { unique: true })
  @Column({ type: 'varchar', length: 160 })
  slug!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Index('IDX_events_startsAt')
  @Column(INSTANT_COLUMN)
  startsAt!: Date;

  @Column(INSTANT_COLUMN)
  endsAt!: Date;

  @Column({ type: 'varchar', length: 64 })
  timezone!: string;

  @Column({ type: 'varchar', length: 2 })
  language!: Language;

  @Column(() => VenueColumns, { prefix: 'venue' })
  venue!: VenueColumns;

  @Column({ type: 'varchar', length: 500, nullable: true })
  onlineUrl!: string | null;

  @Column({ type: 'int' })
  capacity!: number;

  @Column({ type: 'varchar', length: 20 })
  registrationMode!: RegistrationMode;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  registrationOpensAt!: Date | null;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  registrationClosesAt!: Date | null;

  @Column({ type: 'simple-json' })
  sectorQuotas!: Partial<Record<Sector, number>>;

  @Column({ type: 'simple-json' })
  partners!: string[];

  @Index('IDX_events_status')
  @Column({ type: 'varchar', length: 20 })
  status!: EventStatus;

  /** iTIP SEQUENCE of the event's calendar entries. */
  @Column({ type: 'int', default: 0 })
  sequence!: number;

  @Column({ type: 'text', nullable: true })
  cancellationReason!: string | null;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  publishedAt!: Date | null;

  @Column({ ...ID_COLUMN, nullable: true })
  createdById!: string | null;

  /** The series the event belongs to (decision 0034); no foreign key object, the id is enough to list them. */
  @Index('IDX_events_seriesId')
  @Column({ ...ID_COLUMN, nullable: true })
  seriesId!: string | null;

  @CreateDateColumn(INSTANT_COLUMN)
  createdAt!: Date;

  @UpdateDateColumn(INSTANT_COLUMN)
  updatedAt!: Date;
}
