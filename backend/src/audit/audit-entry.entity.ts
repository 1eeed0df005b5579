import type { AuditActorType, AuditDetailValue, AuditLinkType } from '@roundtable/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';

/**
 * One audit entry (decision 0036), written in the transaction of the change it records where there is one.
 * No foreign keys: the history of an event or an account outlives neither more nor less than the log itself.
 * Personal data kept: an account's id and e-mail, the client's address, and for a failed login the e-mail typed;
 * a registrant or invitee is named only by the id of their registration or invitation.
 */
@Entity('audit_entries')
@Index('IDX_audit_entries_at', ['at', 'id'])
@Index('IDX_audit_entries_event_at', ['eventId', 'at'])
@Index('IDX_audit_entries_actor_at', ['actorUserId', 'at'])
@Index('IDX_audit_entries_action_at', ['action', 'at'])
@Index('IDX_audit_entries_link', ['linkType', 'linkId'])
export class AuditEntryEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column(INSTANT_COLUMN)
  at!: Date;

  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Column({ type: 'varchar', length: 10 })
  actorType!: AuditActorType;

  @Column({ ...ID_COLUMN, nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  actorEmail!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  linkType!: AuditLinkType | null;

  @Column({ ...ID_COLUMN, nullable: true })
  linkId!: string | null;

  @Column({ ...ID_COLUMN, nullable: true })
  eventId!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  subjectType!: string | null;

  @Column({ ...ID_COLUMN, nullable: true })
  subjectId!: string | null;

  @Column({ type: 'varchar', length: 45, nullable: true })
  ip!: string | null;

  @Column({ type: 'simple-json' })
  detail!: Record<string, AuditDetailValue>;
}
