import type {
  AnswerChannel,
  InvitationRole,
  InvitationStatus,
  Language,
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
import { ID_COLUMN, INSTANT_COLUMN, STORAGE_KEY_COLUMN } from '../database/columns';
import { EventEntity } from '../events/event.entity';

@Entity('invitations')
@Index('IDX_invitations_event_email', ['eventId', 'email'])
@Index('IDX_invitations_status_respondBy', ['status', 'respondBy'])
export class InvitationEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column(ID_COLUMN)
  eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: EventEntity;

  /** Lower-cased. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: InvitationRole;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organization!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  position!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  sector!: Sector | null;

  @Column({ type: 'varchar', length: 2 })
  language!: Language;

  /** The organiser's personal note in the invitation. */
  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  respondBy!: Date | null;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: InvitationStatus;

  @Column({ type: 'text', nullable: true })
  responseComment!: string | null;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  respondedAt!: Date | null;

  /** How the last answer came: the personal page, or the invitee's calendar (an iTIP REPLY, decision 0032). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  respondedVia!: AnswerChannel | null;

  /** The invitation this one replaces: its invitee named this person as their deputy. */
  @Column({ ...ID_COLUMN, nullable: true })
  delegatedFromId!: string | null;

  @Column({ ...ID_COLUMN, nullable: true })
  delegatedToId!: string | null;

  @Column({ type: 'text', nullable: true })
  bio!: string | null;

  /** The photo's key in Storage (a JPEG, re-encoded at upload). */
  @Column(STORAGE_KEY_COLUMN)
  photoKey!: string | null;

  @Column({ type: 'boolean', default: false })
  publishName!: boolean;

  @Column({ type: 'boolean', default: false })
  publishPhoto!: boolean;

  @Column({ type: 'varchar', length: 40, nullable: true })
  consentVersion!: string | null;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  consentedAt!: Date | null;

  @Column({ ...ID_COLUMN, nullable: true })
  invitedById!: string | null;

  @CreateDateColumn(INSTANT_COLUMN)
  createdAt!: Date;

  @UpdateDateColumn(INSTANT_COLUMN)
  updatedAt!: Date;
}
