import type { ThrottlerStorage } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { inTransaction } from '../database/transaction';

const SWEEP_CHANCE = 0.01;

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * @nestjs/throttler's counters in the `rate_limits` table instead of one process's memory, so that limits hold
 * across instances. Each hit is one atomic upsert: a window that has ended starts again at 1. A counter over
 * its limit stays blocked until its window ends (the blocked time is the window; `blockDuration` is not used).
 */
export class DatabaseThrottlerStorage implements ThrottlerStorage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => number = Date.now,
  ) {}

  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerStorageRecord> {
    const bucket = bucketOf(key);
    const now = this.now();
    const { hits, resetsAt } = await this.hit(bucket, now, now + ttl);
    // Every address or e-mail ever tried leaves a row; now and then, clear the windows that have ended.
    if (Math.random() < SWEEP_CHANCE) {
      await this.dataSource.query('DELETE FROM rate_limits WHERE resetsAt < ?', [now]);
    }
    const secondsLeft = Math.max(1, Math.ceil((resetsAt - now) / 1000));
    const isBlocked = hits > limit;
    return {
      totalHits: hits,
      timeToExpire: secondsLeft,
      isBlocked,
      timeToBlockExpire: isBlocked ? secondsLeft : 0,
    };
  }

  /** Forgets a counter (a login that succeeded clears its account's failures). */
  async reset(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM rate_limits WHERE bucket = ?', [bucketOf(key)]);
  }

  private async hit(
    bucket: string,
    now: number,
    newReset: number,
  ): Promise<{ hits: number; resetsAt: number }> {
    if (this.dataSource.options.type === 'better-sqlite3') {
      // One statement, and SQLite has a single writer: atomic. SET reads the row as it was before the update.
      const rows: { hits: number; resetsAt: number }[] = await this.dataSource.query(
        `INSERT INTO rate_limits (bucket, hits, resetsAt) VALUES (?, 1, ?)
         ON CONFLICT (bucket) DO UPDATE SET
           hits = CASE WHEN rate_limits.resetsAt <= ? THEN 1 ELSE rate_limits.hits + 1 END,
           resetsAt = CASE WHEN rate_limits.resetsAt <= ? THEN excluded.resetsAt ELSE rate_limits.resetsAt END
         RETURNING hits, resetsAt`,
        [bucket, newReset, now, now],
      );
      return { hits: Number(rows[0].hits), resetsAt: Number(rows[0].resetsAt) };
    }
    // MySQL/MariaDB: the upsert locks the row until commit, so the read after it sees our own hit and no other.
    // ON DUPLICATE KEY assigns left to right: `hits` is decided while `resetsAt` still holds the old window.
    return inTransaction(this.dataSource, async (manager) => {
      await manager.query(
        `INSERT INTO rate_limits (bucket, hits, resetsAt) VALUES (?, 1, ?)
         ON DUPLICATE KEY UPDATE
           hits = IF(resetsAt <= ?, 1, hits + 1),
           resetsAt = IF(resetsAt <= ?, VALUES(resetsAt), resetsAt)`,
        [bucket, newReset, now, now],
      );
      const rows: { hits: number | string; resetsAt: number | string }[] = await manager.query(
        'SELECT hits, resetsAt FROM rate_limits WHERE bucket = ?',
        [bucket],
      );
      return { hits: Number(rows[0].hits), resetsAt: Number(rows[0].resetsAt) };
    });
  }
}

function bucketOf(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
