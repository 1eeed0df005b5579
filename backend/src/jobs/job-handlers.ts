import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Job, JobKind, MailJob, MailKind, TaskKind } from './job-kinds';

/** A file sent inline with a message; the HTML shows it by its Content-ID (`<img src="cid:...">`). */
export interface InlineAttachment {
  cid: string;
  filename: string;
  contentType: string;
  content: Buffer;
}

/** What a mail handler hands the runner: a rendered message, for iMIP the .ics and its METHOD, inline files. */
export interface ComposedMail {
  subject: string;
  html: string;
  text: string;
  calendar?: { method: 'REQUEST' | 'CANCEL'; ics: string };
  attachments?: InlineAttachment[];
}

/** Lives for one claimed batch: what several of its jobs read (their event) is loaded once. */
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
 * Renders one mail job from the current state, or answers null when the message no longer makes sense (its
 * invitation was revoked before it went out, a newer update supersedes it).
 */
export type Composer<K extends MailKind> = (
  job: MailJob<K>,
  manager: EntityManager,
  cache: BatchCache,
) => Promise<ComposedMail | null>;

/** Does a task's work inside the transaction that also marks it done; may queue further jobs there. */
export type TaskHandler<K extends TaskKind> = (job: Job<K>, manager: EntityManager) => Promise<void>;

/**
 * Does long work outside any transaction (building a ZIP of many files): a transaction held that long would
 * stop every other writer on SQLite and hide the work's progress from the people waiting for it. The handler
 * records its own state in short transactions of its own, and must cope with being run again: a runner that
 * crashed halfway leaves the job to another once its lease lapses. The runner marks the job done after it.
 */
export type LongTaskHandler<K extends TaskKind> = (job: Job<K>) => Promise<void>;

type Handler =
  | { type: 'mail'; compose: Composer<never> }
  | { type: 'task'; run: TaskHandler<never> }
  | { type: 'long-task'; run: LongTaskHandler<never> };

/** Features register how to run their kinds of job; the runner knows none of them. */
@Injectable()
export class JobHandlers {
  private readonly handlers = new Map<string, Handler>();

  mail<K extends MailKind>(kind: K, compose: Composer<K>): void {
    this.add(kind, { type: 'mail', compose: compose as Composer<never> });
  }

  task<K extends TaskKind>(kind: K, run: TaskHandler<K>): void {
    this.add(kind, { type: 'task', run: run as TaskHandler<never> });
  }

  longTask<K extends TaskKind>(kind: K, run: LongTaskHandler<K>): void {
    this.add(kind, { type: 'long-task', run: run as LongTaskHandler<never> });
  }

  get(kind: string): Handler {
    const handler = this.handlers.get(kind);
    if (!handler) throw new Error(`no handler for jobs of kind ${kind}`);
    return handler;
  }

  private add(kind: JobKind, handler: Handler): void {
    if (this.handlers.has(kind)) throw new Error(`a handler for ${kind} is already registered`);
    this.handlers.set(kind, handler);
  }
}
