import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OutboxMessageEntity } from './outbox-message.entity';

/** What a composer hands the dispatcher: a rendered message, and for iMIP the .ics and its METHOD. */
export interface ComposedMail {
  subject: string;
  html: string;
  text: string;
  calendar?: { method: 'REQUEST' | 'CANCEL'; ics: string };
}

/** Lives for one claimed batch: what several of its messages read (their event) is loaded once. */
export class BatchCache {
  private readonly values = new Map<string, Promise<unknown>>();

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.values.get(key) as Promise<T> | undefined;
    if (!value) {
      value = load();
      this.values.set(key, value);
    }
    return value;
  }
}

/**
 * Renders one outbox row from the current state, or answers null when the message no longer makes sense
 * (its invitation was revoked before it went out, a newer update supersedes it).
 */
export type Composer = (
  row: OutboxMessageEntity,
  manager: EntityManager,
  cache: BatchCache,
) => Promise<ComposedMail | null>;

/** Features register how to compose their kinds of message; the dispatcher knows none of them. */
@Injectable()
export class MailComposers {
  private readonly composers = new Map<string, Composer>();

  register(kind: string, composer: Composer): void {
    if (this.composers.has(kind)) throw new Error(`a composer for ${kind} is already registered`);
    this.composers.set(kind, composer);
  }

  get(kind: string): Composer {
    const composer = this.composers.get(kind);
    if (!composer) throw new Error(`no composer for mail of kind ${kind}`);
    return composer;
  }
}
