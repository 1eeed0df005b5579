import { Logger } from '@nestjs/common';
import type { AuditDetailValue, AuditLinkType } from '@roundtable/contracts';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { afterCommit, beforeCommit, currentTransaction, onTransactionWork } from '../database/transaction';
import { AuditEntryEntity } from './audit-entry.entity';

/**
 * Where `audit()` entries go (decision 0036). An entry made inside a transaction of `inTransaction` is written
 * in it, just before the commit, so a change rolled back leaves none; one made elsewhere in a request is written
 * when the request ends, before the answer leaves; one made outside both (a job without a transaction) at once.
 * Several instances may share the database: nothing here is kept beyond the request or the transaction.
 */
export interface AuditEntryDraft {
  action: string;
  actor: { type: 'account'; id: string; email: string } | null;
  link: { type: AuditLinkType; id: string } | null;
  eventId: string | null;
  subject: { type: string; id: string | null } | null;
  ip: string | null;
  detail: Record<string, AuditDetailValue>;
}

/** A route's own entry (`AuditChanges`): written by the first transaction of the request that commits. */
interface RouteEntry {
  row: AuditEntryEntity;
  claimedBy: EntityManager | null;
  stored: boolean;
  result?: { subjectId: string | null; eventId: string | null };
}

interface RequestEntries {
  /** Made outside a transaction: written at the end of the request. */
  waiting: AuditEntryEntity[];
  /** Whether the services recorded an entry of their own: the route's entry is then not written. */
  explicit: boolean;
  route?: RouteEntry;
}

const logger = new Logger('Audit');
const byRequest = new WeakMap<object, RequestEntries>();
const byTransaction = new WeakMap<EntityManager, AuditEntryEntity[]>();
let store: DataSource | null = null;

/** Set by AuditModule once the database is there; unit tests without one store nothing. */
export function useAuditStore(dataSource: DataSource | null, closing?: DataSource): void {
  if (closing && store !== closing) return;
  store = dataSource;
}

/** An id as its column holds one, or null: an entry never fails its change for an odd value. */
const idOrNull = (value: string | null | undefined): string | null =>
  value && value.length <= 36 ? value : null;

function toRow(draft: AuditEntryDraft, request: object | undefined): AuditEntryEntity {
  return Object.assign(new AuditEntryEntity(), {
    id: randomUUID(),
    at: new Date(),
    action: draft.action.slice(0, 60),
    actorType: draft.link ? 'link' : draft.actor ? 'account' : request ? 'anonymous' : 'system',
    actorUserId: draft.link ? null : idOrNull(draft.actor?.id),
    actorEmail: draft.link ? null : (draft.actor?.email.slice(0, 254) ?? null),
    linkType: draft.link?.type ?? null,
    linkId: idOrNull(draft.link?.id),
    eventId: idOrNull(draft.eventId),
    subjectType: draft.subject?.type.slice(0, 30) ?? null,
    subjectId: idOrNull(draft.subject?.id),
    ip: draft.ip ? plainAddress(draft.ip).slice(0, 45) : null,
    detail: draft.detail,
  } satisfies AuditEntryEntity);
}

/** An IPv4 client as IPv4 (`::ffff:127.0.0.1`, as a dual-stack socket names it, is `127.0.0.1`). */
export function plainAddress(ip: string): string {
  return ip.replace(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i, '$1');
}

function entriesOf(request: object): RequestEntries {
  let entries = byRequest.get(request);
  if (!entries) byRequest.set(request, (entries = { waiting: [], explicit: false }));
  return entries;
}

export function recordAuditEntry(request: object | undefined, draft: AuditEntryDraft): void {
  if (!store) return;
  const row = toRow(draft, request);
  if (request) entriesOf(request).explicit = true;
  const manager = currentTransaction();
  if (manager) {
    let rows = byTransaction.get(manager);
    if (!rows) {
      byTransaction.set(manager, (rows = []));
      beforeCommit(manager, () => manager.insert(AuditEntryEntity, rows ?? []).then(() => undefined));
    }
    rows.push(row);
    return;
  }
  if (request) {
    entriesOf(request).waiting.push(row);
    return;
  }
  // Neither in a request nor in a transaction (e.g. a job's long task): written now, failures logged.
  store.manager.insert(AuditEntryEntity, row).catch((error: unknown) => failed(error));
}

/** Writes an entry at once, outside any transaction; a failure is logged, not thrown. */
export async function storeAuditEntryNow(request: object | undefined, draft: AuditEntryDraft): Promise<void> {
  if (!store) return;
  if (request) entriesOf(request).explicit = true;
  await store.manager
    .insert(AuditEntryEntity, toRow(draft, request))
    .catch((error: unknown) => failed(error));
}

/** Starts a route's entry; the first transaction of this request to commit carries it. */
export function auditDraftStarted(request: object, draft: AuditEntryDraft): void {
  if (!store) return;
  const route: RouteEntry = { row: toRow(draft, request), claimedBy: null, stored: false };
  entriesOf(request).route = route;
  const claim = (manager: EntityManager) => {
    const entries = entriesOf(request);
    if (entries.explicit || route.stored || route.claimedBy?.queryRunner?.isTransactionActive) return;
    route.claimedBy = manager;
    beforeCommit(manager, async () => {
      if (entriesOf(request).explicit) return;
      await manager.insert(AuditEntryEntity, { ...route.row });
      afterCommit(manager, () => (route.stored = true));
    });
  };
  routeClaims.set(request, claim);
}

/** What the route answered: the subject (e.g. the event just created) and the event, when not known before. */
export function auditDraftFinished(
  request: object,
  result: { subjectId: string | null; eventId: string | null },
): void {
  const route = byRequest.get(request)?.route;
  if (route) route.result = result;
}

/** Claims of route entries by request, offered every transaction `inTransaction` opens in that request. */
const routeClaims = new WeakMap<object, (manager: EntityManager) => void>();
const requests = new AsyncLocalStorage<object>();

/** Runs a request's handling with the request at hand for `audit()` and for the transactions it opens. */
export function runInAuditRequest<T>(request: object, work: () => T): T {
  return requests.run(request, work);
}

export function currentAuditRequest(): object | undefined {
  return requests.getStore();
}

onTransactionWork((manager) => {
  const request = requests.getStore();
  if (request) routeClaims.get(request)?.(manager);
});

/** Writes what the request left: entries made outside a transaction, and the route's entry on success. */
export async function auditRequestFinished(request: object, succeeded: boolean): Promise<void> {
  const entries = byRequest.get(request);
  if (!entries || !store) return;
  byRequest.delete(request);
  routeClaims.delete(request);
  const manager = store.manager;
  try {
    if (entries.waiting.length > 0) await manager.insert(AuditEntryEntity, entries.waiting);
    const route = entries.route;
    if (!route || !succeeded) return;
    const found = route.result ?? { subjectId: null, eventId: null };
    const row = route.row;
    const missing = {
      ...(row.subjectId === null && found.subjectId ? { subjectId: found.subjectId } : {}),
      ...(row.eventId === null && found.eventId ? { eventId: found.eventId } : {}),
    };
    if (route.stored) {
      if (Object.keys(missing).length > 0) await manager.update(AuditEntryEntity, { id: row.id }, missing);
    } else if (!entries.explicit) {
      await manager.insert(AuditEntryEntity, { ...row, ...missing });
    }
  } catch (error) {
    // The change itself is done; the line in the log still tells of it.
    failed(error);
  }
}

function failed(error: unknown): void {
  logger.error(
    `an audit entry could not be stored: ${error instanceof Error ? error.message : String(error)}`,
  );
}
