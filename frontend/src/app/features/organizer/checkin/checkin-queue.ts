/**
 * Check-ins made while the phone has no network, kept until the server has them. Plain TypeScript (no Angular,
 * no DOM): the storage and the sending are handed in, so the rules below are tested on their own.
 *
 * - One entry per registration: tapping the same person twice offline queues one check-in, at the first time.
 * - Sent in the order they were made, one at a time; the first network failure stops the round and keeps the
 *   rest for the next one.
 * - An entry leaves the store as soon as the server answered it (also `already`, also a refusal), before the
 *   next one goes: a reload or a second round never sends it again.
 * - One round at a time: a round asked for while one runs joins it.
 */

export interface QueuedCheckin {
  registrationId: string;
  /** The event of the door where it was made (absent in entries queued before it was kept). */
  eventId?: string;
  /** When the person was checked in at the door (ISO 8601); sent as `at`, so the record keeps the real time. */
  at: string;
  /** A name to show while waiting, when it is known (a scanned code alone does not tell it). */
  name?: string;
}

/** What the server made of one queued check-in. */
export type SendOutcome =
  /** Recorded (or it was already: the first time stands). */
  | { kind: 'sent'; already: boolean; name?: string }
  /** The server refused it for good (a cancelled registration, an id of another event): drop it, say so. */
  | { kind: 'refused'; reason: string }
  /** Not reached, or not now (offline, 5xx, session expired): keep it and stop the round. */
  | { kind: 'retry' };

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface FlushReport {
  sent: QueuedCheckin[];
  refused: { item: QueuedCheckin; reason: string }[];
  /** Still queued after the round. */
  left: number;
}

export const CHECKIN_QUEUE_KEY = 'rt.checkin-queue';

export class CheckinQueue {
  private running: Promise<FlushReport> | null = null;

  constructor(
    private readonly store: KeyValueStore,
    private readonly send: (item: QueuedCheckin) => Promise<SendOutcome>,
    private readonly key = CHECKIN_QUEUE_KEY,
  ) {}

  /** What waits, oldest first. Read from the store each time: another tab of the app may have changed it. */
  items(): QueuedCheckin[] {
    try {
      const parsed: unknown = JSON.parse(this.store.getItem(this.key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isQueuedCheckin) : [];
    } catch {
      return [];
    }
  }

  get size(): number {
    return this.items().length;
  }

  has(registrationId: string): boolean {
    return this.items().some((item) => item.registrationId === registrationId);
  }

  /** Queues a check-in; false when that person already waits (the earlier time stands). */
  add(item: QueuedCheckin): boolean {
    const items = this.items();
    if (items.some((each) => each.registrationId === item.registrationId)) return false;
    this.write([...items, item]);
    return true;
  }

  /** An undo before the check-in was sent: it never reaches the server. False when it was not waiting. */
  remove(registrationId: string): boolean {
    const items = this.items();
    const kept = items.filter((item) => item.registrationId !== registrationId);
    if (kept.length === items.length) return false;
    this.write(kept);
    return true;
  }

  /** Sends what waits, in order; a round already running is joined rather than started twice. */
  flush(): Promise<FlushReport> {
    this.running ??= this.round().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async round(): Promise<FlushReport> {
    const report: FlushReport = { sent: [], refused: [], left: 0 };
    for (;;) {
      const next = this.items()[0];
      if (!next) break;
      let outcome: SendOutcome;
      try {
        outcome = await this.send(next);
      } catch {
        outcome = { kind: 'retry' };
      }
      if (outcome.kind === 'retry') break;
      // Gone from the store before anything else happens: whatever comes next, it is not sent again.
      this.remove(next.registrationId);
      if (outcome.kind === 'sent') report.sent.push({ ...next, name: outcome.name ?? next.name });
      else report.refused.push({ item: next, reason: outcome.reason });
    }
    report.left = this.size;
    return report;
  }

  private write(items: QueuedCheckin[]): void {
    if (items.length === 0) this.store.removeItem(this.key);
    else this.store.setItem(this.key, JSON.stringify(items));
  }
}

function isQueuedCheckin(value: unknown): value is QueuedCheckin {
  const item = value as QueuedCheckin | null;
  return typeof item?.registrationId === 'string' && typeof item.at === 'string';
}
