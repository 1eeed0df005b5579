import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';

export type LinkSubject = 'invitation' | 'registration';

/**
 * A personal link's token, stored only as its SHA-256. Each e-mail gets a fresh token minted when it is sent,
 * so no raw token is ever at rest; all of a person's tokens stay valid while the thing they open is open.
 */
@Entity('link_tokens')
@Index('IDX_link_tokens_subject', ['subjectType', 'subjectId'])
export class LinkTokenEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Index('UQ_link_tokens_tokenHash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 20 })
  subjectType!: LinkSubject;

  @Column(ID_COLUMN)
  subjectId!: string;

  @CreateDateColumn(INSTANT_COLUMN)
  createdAt!: Date;
}
