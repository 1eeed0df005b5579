import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';

/**
 * A password reset link's token, stored only as its SHA-256, minted when the e-mail is sent. It opens once
 * (`usedAt`) and only until `expiresAt`.
 */
@Entity('password_resets')
export class PasswordResetEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Index('UQ_password_resets_tokenHash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Index('IDX_password_resets_userId')
  @Column(ID_COLUMN)
  userId!: string;

  @Column(INSTANT_COLUMN)
  expiresAt!: Date;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn(INSTANT_COLUMN)
  createdAt!: Date;
}
