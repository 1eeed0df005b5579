import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { problemOf } from '../../../core/http/problem';
import { CheckinApi } from './checkin.api';
import {
  CheckinQueue,
  type FlushReport,
  type KeyValueStore,
  type QueuedCheckin,
  type SendOutcome,
} from './checkin-queue';

/** While something waits, another round is tried this often, besides when the browser says it is online. */
export const OUTBOX_RETRY_MS = 15_000;

/** A failure worth trying again later: no answer at all, the server unwell, or a login to renew first. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse)) return true;
  return (
    error.status === 0 ||
    error.status === 401 ||
    error.status === 408 ||
    error.status === 429 ||
    error.status >= 500
  );
}

/** localStorage when the browser gives it, else a store that lasts as long as the page. */
function storeOf(document: Document): KeyValueStore {
  try {
    const storage = document.defaultView?.localStorage;
    if (storage) return storage;
  } catch {
    // Storage refused (private mode, policy): fall through.
  }
  const memory = new Map<string, string>();
  return {
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => void memory.set(key, value),
    removeItem: (key) => void memory.delete(key),
  };
}

/**
 * The phone's outbox of check-ins (see CheckinQueue for the rules): sends when the network returns (the
 * browser's `online` event) and on a timer while anything waits. `waiting` is what the page shows.
 */
@Injectable({ providedIn: 'root' })
export class CheckinOutbox {
  private readonly api = inject(CheckinApi);
  private readonly document = inject(DOCUMENT);
  private readonly queue = new CheckinQueue(storeOf(this.document), (item) => this.send(item));
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly onOnline = () => void this.flush();

  readonly waiting = signal(this.queue.size);
  /** The last round's outcome, for the page to tell (sent ones, refused ones). */
  readonly lastReport = signal<FlushReport | null>(null);

  constructor() {
    this.document.defaultView?.addEventListener('online', this.onOnline);
    inject(DestroyRef).onDestroy(() => {
      this.document.defaultView?.removeEventListener('online', this.onOnline);
      this.stopTimer();
    });
    this.schedule();
  }

  /** The browser knows it has no network: no request is tried, the check-in goes straight to the queue. */
  get offline(): boolean {
    return this.document.defaultView?.navigator.onLine === false;
  }

  has(registrationId: string): boolean {
    return this.queue.has(registrationId);
  }

  add(item: QueuedCheckin): void {
    this.queue.add(item);
    this.refresh();
  }

  remove(registrationId: string): boolean {
    const removed = this.queue.remove(registrationId);
    this.refresh();
    return removed;
  }

  async flush(): Promise<FlushReport> {
    const report = await this.queue.flush();
    if (report.sent.length > 0 || report.refused.length > 0) this.lastReport.set(report);
    this.refresh();
    return report;
  }

  private async send(item: QueuedCheckin): Promise<SendOutcome> {
    try {
      const result = await firstValueFrom(this.api.checkIn(item.registrationId, item.eventId, item.at));
      return {
        kind: 'sent',
        already: result.already,
        name: `${result.person.firstName} ${result.person.lastName}`,
      };
    } catch (error) {
      if (isTransient(error)) return { kind: 'retry' };
      return { kind: 'refused', reason: problemOf(error)?.code ?? 'UNKNOWN' };
    }
  }

  private refresh(): void {
    this.waiting.set(this.queue.size);
    this.schedule();
  }

  private schedule(): void {
    if (this.queue.size === 0) this.stopTimer();
    else this.timer ??= setInterval(() => void this.flush(), OUTBOX_RETRY_MS);
  }

  private stopTimer(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}
