import type { Language, UserRole } from '@roundtable/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';

@Entity('users')
export class UserEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  /** Stored lower-cased, so uniqueness is case-insensitive on every database. */
  @Index('UQ_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: UserRole;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 2, default: 'bg' })
  language!: Language;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn(INSTANT_COLUMN)
  createdAt!: Date;

  @UpdateDateColumn(INSTANT_COLUMN)
  updatedAt!: Date;
}
