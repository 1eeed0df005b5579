import type { Language, Sector } from '@roundtable/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';

@Entity('contacts')
@Index('IDX_contacts_name', ['lastName', 'firstName', 'id'])
@Index('IDX_contacts_sector', ['sector'])
@Index('IDX_contacts_municipality', ['municipality'])
export class ContactEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  /** As typed (trimmed); mail goes here. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** The lower-cased address: one contact per address, kept by the database, whoever writes at the same time. */
  @Index('UQ_contacts_emailKey', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  emailKey!: string;

  @Column({ type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ type: 'varchar', length: 100 })
  lastName!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organization!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  position!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  sector!: Sector | null;

  /** EKATTE code of the municipality (`SOF46`). */
  @Column({ type: 'varchar', length: 5, nullable: true })
  municipality!: string | null;

  @Column({ type: 'varchar', length: 2 })
  language!: Language;

  /** The registrant's follow-up consent, with the wording's version and the time it was given or withdrawn. */
  @Column({ type: 'boolean', default: false })
  followUpConsented!: boolean;

  @Column({ type: 'varchar', length: 40, nullable: true })
  followUpVersion!: string | null;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  followUpAt!: Date | null;

  /** Where the contact came from; see ContactSource. */
  @Column({ type: 'boolean', default: false })
  fromRegistration!: boolean;

  @Column({ type: 'boolean', default: false })
  fromImport!: boolean;

  @Column({ type: 'boolean', default: false })
  fromManual!: boolean;

  /** Lower-cased names, e-mail and organisation, for the search: the same on both engines (see registrations). */
  @Column({ type: 'varchar', length: 700 })
  searchText!: string;

  @CreateDateColumn(INSTANT_COLUMN)
  createdAt!: Date;

  @UpdateDateColumn(INSTANT_COLUMN)
  updatedAt!: Date;
}
