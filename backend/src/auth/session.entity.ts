import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';
import { UserEntity } from '../users/user.entity';

/** A login. Only the SHA-256 of the bearer token is stored, so a database leak gives no working token. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Index('UQ_sessions_tokenHash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column(ID_COLUMN)
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: UserEntity;

  @Column(INSTANT_COLUMN)
  expiresAt!: Date;

  @CreateDateColumn(INSTANT_COLUMN)
  createdAt!: Date;
}
