import { Injectable } from '@nestjs/common';

/** How long after the last request was answered the process counts as quiet again. */
export const QUIET_AFTER_MS = 100;

/**
 * Whether this process is busy answering people (decision 0025): the public registration form reports every
 * request from its arrival to its answer, and the job runner, whose work (rendering and sending confirmations)
 * can wait a little, holds back while requests are under way, so that both do not share the CPU during a rush.
 * Only the waiting is in this process; it changes when mail goes out, never whether: the runner holds back for
 * a bounded time.
 */
@Injectable()
export class ForegroundLoad {
  private underWay = 0;
  private lastAnsweredAt = Number.NEGATIVE_INFINITY;

  /** A request that a person waits for has arrived; call the answer when it is answered. */
  arrived(): (now?: number) => void {
    this.underWay++;
    let answered = false;
    return (now = Date.now()) => {
      if (answered) return;
      answered = true;
      this.underWay--;
      this.lastAnsweredAt = Math.max(this.lastAnsweredAt, now);
    };
  }

  /**
   * Milliseconds until the process may count as quiet: 0 when it is; QUIET_AFTER_MS while requests are under
   * way (they may take longer); otherwise what is left of QUIET_AFTER_MS since the last answer.
   */
  busyFor(now = Date.now()): number {
    if (this.underWay > 0) return QUIET_AFTER_MS;
    return Math.max(0, this.lastAnsweredAt + QUIET_AFTER_MS - now);
  }
}
