import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { AUDIT_PAGE_SIZE, type AuditEntry, type AuditPage, type AuditQuery } from '@roundtable/contracts';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { EventEntity } from '../events/event.entity';
import { AuditEntryEntity } from './audit-entry.entity';
import { useAuditStore } from './audit-store';

const ACTOR_KINDS = ['link', 'system', 'anonymous'] as const;

@Injectable()
export class AuditService implements OnModuleInit, OnApplicationShutdown {
  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    useAuditStore(this.dataSource);
  }

  onApplicationShutdown(): void {
    useAuditStore(null, this.dataSource);
  }

  /** The admin's log: newest first, filtered by actor, action (or family), event and time. */
  async list(query: AuditQuery): Promise<AuditPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? AUDIT_PAGE_SIZE.default;
    const builder = this.dataSource.manager
      .createQueryBuilder(AuditEntryEntity, 'entry')
      .orderBy('entry.at', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    const actor = query.actor;
    if (actor && (ACTOR_KINDS as readonly string[]).includes(actor))
      builder.andWhere('entry.actorType = :actor', { actor });
    else if (actor) builder.andWhere('entry.actorUserId = :actor', { actor });
    if (query.action)
      builder.andWhere('(entry.action = :action OR entry.action LIKE :family)', {
        action: query.action,
        family: `${query.action.replace(/[%_\\]/g, '\\$&')}.%`,
      });
    if (query.eventId) builder.andWhere('entry.eventId = :eventId', { eventId: query.eventId });
    if (query.from) builder.andWhere('entry.at >= :from', { from: new Date(query.from) });
    if (query.to) builder.andWhere('entry.at < :to', { to: new Date(query.to) });
    const [rows, total] = await builder.getManyAndCount();
    return { items: rows.map(toAuditEntry), total, page, pageSize };
  }

  /** One event's history, for its organisers. */
  async ofEvent(eventId: string, query: AuditQuery): Promise<AuditPage> {
    if (!(await this.dataSource.manager.existsBy(EventEntity, { id: eventId })))
      throw new DomainError('EVENT_NOT_FOUND');
    return this.list({ ...query, eventId });
  }
}

export function toAuditEntry(row: AuditEntryEntity): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    actor: {
      type: row.actorType,
      userId: row.actorUserId,
      email: row.actorEmail,
      link: row.linkType && row.linkId ? { type: row.linkType, id: row.linkId } : null,
    },
    eventId: row.eventId,
    subject: row.subjectType ? { type: row.subjectType, id: row.subjectId } : null,
    ip: row.ip,
    detail: row.detail,
  };
}
