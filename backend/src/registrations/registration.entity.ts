import type {
  ConsentPurpose,
  ConsentRecord,
  Language,
  RegistrationStatus,
  Sector,
} from '@roundtable/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';
import { EventEntity } from '../events/event.entity';

@Entity('registrations')
// One active registration per e-mail and event, kept by the database itself, so two requests at once cannot both
// pass: `activeEmailKey` is the lower-cased address while the registration is active and NULL after it, and NULLs
// never collide in a unique index, on SQLite or MySQL/MariaDB.
@Index('UQ_registrations_event_activeEmail', ['eventId', 'activeEmailKey'], { unique: true })
@Index('IDX_registrations_event_status_sector', ['eventId', 'status', 'sector'])
@Index('IDX_registrations_event_status_queuedAt', ['eventId', 'status', 'queuedAt'])
// The organiser's sorts, each with its tiebreaks, so a page of a large event is read in index order.
@Index('IDX_registrations_event_createdAt', ['eventId', 'createdAt', 'id'])
@Index('IDX_registrations_event_lastName', ['eventId', 'lastName', 'firstName', 'id'])
@Index('IDX_registrations_event_organization', ['eventId', 'organization', 'lastName', 'id'])
@Index('IDX_registrations_event_municipality', ['eventId', 'municipality'])
export class RegistrationEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column(ID_COLUMN)
  eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: EventEntity;

  @Column({ type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ type: 'varchar', length: 100 })
  lastName!: string;

  /** As the person typed it (trimmed); mail goes here. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  activeEmailKey!: string | null;

  @Column({ type: 'varchar', length: 200 })
  organization!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  position!: string | null;

  @Column({ type: 'varchar', length: 20 })
  sector!: Sector;

  /** EKATTE code of the municipality (`SOF46`). */
  @Column({ type: 'varchar', length: 5, nullable: true })
  municipality!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  accessibilityNeeds!: string | null;

  /** Lower-cased names, e-mail and organisation, for the organiser's search: the same on both engines. */
  @Column({ type: 'varchar', length: 700 })
  searchText!: string;

  @Column({ type: 'varchar', length: 2 })
  language!: Language;

  /** Each purpose with the wording's version and the time; see REGISTRATION_CONSENTS. */
  @Column({ type: 'simple-json' })
  consents!: Record<ConsentPurpose, ConsentRecord>;

  @Column({ type: 'varchar', length: 20 })
  status!: RegistrationStatus;

  /** When the person joined the wait list; with the id, their place in it. */
  @Column({ ...INSTANT_COLUMN, nullable: true })
  queuedAt!: Date | null;

  @Column({ ...ID_COLUMN, nullable: true })
  invitationId!: string | null;

  /** The first check-in at the door (decision 0017); an undo clears it. */
  @Column({ ...INSTANT_COLUMN, nullable: true })
  checkedInAt!: Date | null;

  /** The account that checked the person in. */
  @Column({ ...ID_COLUMN, nullable: true })
  checkedInById!: string | null;

  /** Registered at the door by staff: checked in at once, never sent a confirmation or a calendar invite. */
  @Column({ type: 'boolean', default: false })
  walkIn!: boolean;

  @CreateDateColumn(INSTANT_COLUMN)
  createdAt!: Date;

  @UpdateDateColumn(INSTANT_COLUMN)
  updatedAt!: Date;
}

/**
 * The columns that say who the person is. Anonymising a registration (retention, or the person's own request)
 * overwrites exactly these and keeps sector, municipality, status and consents for the statistics.
 */
export const PERSONAL_DATA_COLUMNS = [
  'firstName',
  'lastName',
  'email',
  'activeEmailKey',
  'organization',
  'position',
  'phone',
  'accessibilityNeeds',
  'searchText',
] as const satisfies readonly (keyof RegistrationEntity)[];
