import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One counter of a rate limit (an address's or an account's logins): kept in the database, so that every
 * instance behind a load balancer counts the same attempts. A fixed window: `hits` since the window began,
 * which ends at `resetsAt` (milliseconds since 1970, a plain number on both engines).
 */
@Entity('rate_limits')
export class RateLimitEntity {
  /** SHA-256 of what is counted: never the address or e-mail itself. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  bucket!: string;

  @Column({ type: 'int' })
  hits!: number;

  @Column({ type: 'bigint' })
  resetsAt!: string;
}
