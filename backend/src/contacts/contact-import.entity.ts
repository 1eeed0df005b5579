import type { ContactImportStatus, ValidationRule } from '@roundtable/contracts';
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

/** One uploaded file of contacts and how far the job runner has got with it. */
@Entity('contact_imports')
export class ContactImportEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: ContactImportStatus;

  @Column({ type: 'int' })
  total!: number;

  @Column({ type: 'int', default: 0 })
  processed!: number;

  @Column({ type: 'int', default: 0 })
  created!: number;

  @Column({ type: 'int', default: 0 })
  updated!: number;

  @Column({ ...ID_COLUMN, nullable: true })
  createdById!: string | null;

  @CreateDateColumn(INSTANT_COLUMN)
  createdAt!: Date;

  @UpdateDateColumn(INSTANT_COLUMN)
  updatedAt!: Date;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  finishedAt!: Date | null;
}

/**
 * A data row of an import, stored at upload and read by the job in batches of lines. A row that went in is
 * deleted; a skipped one keeps only its line and why (its cells are emptied), which the import's answer lists.
 */
@Entity('contact_import_rows')
@Index('IDX_contact_import_rows_import_line', ['importId', 'line'])
export class ContactImportRowEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column(ID_COLUMN)
  importId!: string;

  @ManyToOne(() => ContactImportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'importId' })
  import?: ContactImportEntity;

  /** 1-based line of the file where the row starts; the header is line 1. */
  @Column({ type: 'int' })
  line!: number;

  /** The row's cells by field, each cut to a length that still shows it is too long; null once processed. */
  @Column({ type: 'simple-json', nullable: true })
  cells!: Record<string, string> | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  errorField!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  errorRule!: ValidationRule | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  errorMessage!: string | null;
}
