import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { INSTANT_COLUMN, STORAGE_KEY_COLUMN } from '../database/columns';

/** The one organisation that runs this Roundtable: a single row, id 1. */
@Entity('organisation')
export class OrganisationEntity {
  @PrimaryColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  nameBg!: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ type: 'varchar', length: 300, default: '' })
  address!: string;

  @Column({ type: 'varchar', length: 254, default: '' })
  contactEmail!: string;

  @Column({ type: 'text' })
  privacyNoticeBg!: string;

  @Column({ type: 'text' })
  privacyNoticeEn!: string;

  @Column({ type: 'varchar', length: 40, default: '1' })
  privacyNoticeVersion!: string;

  /** The logo's key in Storage (a PNG, re-encoded at upload); null while there is none. */
  @Column(STORAGE_KEY_COLUMN)
  logoKey!: string | null;

  @UpdateDateColumn(INSTANT_COLUMN)
  updatedAt!: Date;
}
