import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ContactImport } from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import { audit } from '../common/audit-log';
import { InjectConfig } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { DomainError, validationFailed } from '../common/domain-error';
import { inTransaction } from '../database/transaction';
import { JobHandlers } from '../jobs/job-handlers';
import { JobQueue } from '../jobs/job-queue';
import type { UserEntity } from '../users/user.entity';
import { contactOfRow, readContactCsv } from './contact-csv';
import { ContactImportEntity, ContactImportRowEntity } from './contact-import.entity';
import { mergeContacts } from './contact-store';
import type { ContactInputDto } from './dto/contact-input.dto';

declare module '../jobs/job-kinds' {
  interface TaskJobs {
    'contact-import': { importId: string };
  }
}

/** Rows one run of the task takes, each run in its own transaction: progress shows between runs. */
export const IMPORT_BATCH_ROWS = 250;
/** Rows per INSERT when the file is stored. */
const INSERT_CHUNK = 200;

/**
 * Imports of contacts from a CSV file. The upload is read at once (a file that cannot be read, or has too many
 * rows, is a 400 and stores nothing); its rows are stored and a task is queued. The job runner takes them in
 * batches of lines; each batch creates or fills contacts, records skipped rows, counts, and queues the next,
 * so several instances never take the same rows twice and a crash resumes where the last batch committed.
 * A batch that keeps failing is retried like any task; after the last attempt the import is `failed`.
 */
@Injectable()
export class ContactImports implements OnModuleInit {
  private readonly logger = new Logger('ContactImports');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly handlers: JobHandlers,
  ) {}

  onModuleInit(): void {
    this.handlers.task('contact-import', async (job, manager) => {
      try {
        await this.runBatch(manager, job.payload.importId);
      } catch (error) {
        // Retried with the runner's back-off; on the last attempt the import is told as failed instead.
        if (job.attempts < this.config.mail.maxAttempts) throw error;
        this.logger.error(`import ${job.payload.importId} failed: ${String(error)}`);
        await manager.update(
          ContactImportEntity,
          { id: job.payload.importId },
          { status: 'failed', finishedAt: new Date() },
        );
      }
    });
  }

  async start(csv: string, actor: UserEntity): Promise<ContactImport> {
    const { rows, errors } = readContactCsv(csv);
    if (errors.length > 0) throw validationFailed(errors);
    const now = new Date();
    const started = this.dataSource.manager.create(ContactImportEntity, {
      id: randomUUID(),
      status: 'queued',
      total: rows.length,
      processed: 0,
      created: 0,
      updated: 0,
      createdById: actor.id,
      createdAt: now,
      updatedAt: now,
      finishedAt: null,
    });
    await inTransaction(this.dataSource, async (manager) => {
      await manager.insert(ContactImportEntity, started);
      for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(ContactImportRowEntity)
          .values(
            rows.slice(start, start + INSERT_CHUNK).map((row) => ({
              id: randomUUID(),
              importId: started.id,
              line: row.line,
              cells: row.cells,
              errorField: null,
              errorRule: null,
              errorMessage: null,
            })),
          )
          .updateEntity(false)
          .execute();
      }
      await this.queueBatch(manager, started.id, 0);
      audit(
        'contacts.import-started',
        { importId: started.id, rows: rows.length },
        { subject: { type: 'contact-import', id: started.id } },
      );
    });
    // As stored, not read again: the runner may already be at it, and the answer is the queued import.
    return toContactImport(started, []);
  }

  async status(id: string): Promise<ContactImport> {
    const manager = this.dataSource.manager;
    const found = await manager.findOneBy(ContactImportEntity, { id });
    if (!found) throw new DomainError('CONTACT_IMPORT_NOT_FOUND');
    const skipped = await manager.find(ContactImportRowEntity, {
      where: { importId: id, errorMessage: Not(IsNull()) },
      order: { line: 'ASC' },
    });
    return toContactImport(found, skipped);
  }

  /** One batch, in the job's transaction: the next lines not yet read, then the next batch or the end. */
  private async runBatch(manager: EntityManager, importId: string): Promise<void> {
    const found = await manager.findOneBy(ContactImportEntity, { id: importId });
    if (!found || found.status === 'done' || found.status === 'failed') return;
    const rows = await manager.find(ContactImportRowEntity, {
      where: { importId, cells: Not(IsNull()) },
      order: { line: 'ASC' },
      take: IMPORT_BATCH_ROWS,
    });
    const good: { id: string; input: ContactInputDto }[] = [];
    for (const row of rows) {
      const outcome = await contactOfRow({ line: row.line, cells: row.cells ?? {} });
      if ('input' in outcome) {
        good.push({ id: row.id, input: outcome.input });
        continue;
      }
      await manager.update(
        ContactImportRowEntity,
        { id: row.id },
        {
          cells: null,
          errorField: outcome.error.field?.slice(0, 50) ?? null,
          errorRule: outcome.error.rule,
          errorMessage: outcome.error.message.slice(0, 500),
        },
      );
    }
    const outcomes = await mergeContacts(
      manager,
      good.map(({ input }) => ({ fields: input })),
      'import',
    );
    for (const outcome of outcomes) found[outcome] += 1;
    if (good.length > 0) await manager.delete(ContactImportRowEntity, { id: In(good.map((row) => row.id)) });
    found.processed += rows.length;
    const finished = rows.length < IMPORT_BATCH_ROWS || found.processed >= found.total;
    found.status = finished ? 'done' : 'running';
    if (finished) found.finishedAt = new Date();
    await manager.save(found);
    if (finished) {
      this.logger.log(
        `import ${importId}: ${found.created} created, ${found.updated} updated of ${found.total} rows`,
      );
    } else {
      await this.queueBatch(manager, importId, found.processed);
    }
  }

  private queueBatch(manager: EntityManager, importId: string, from: number): Promise<void> {
    return this.jobs.task(manager, 'contact-import', {
      dedupeKey: `contact-import:${importId}:from:${from}`,
      subject: { type: 'contact-import', id: importId },
      payload: { importId },
    });
  }
}

function toContactImport(found: ContactImportEntity, skipped: ContactImportRowEntity[]): ContactImport {
  return {
    id: found.id,
    status: found.status,
    total: found.total,
    processed: found.processed,
    created: found.created,
    updated: found.updated,
    errors: skipped.map((row) => ({
      line: row.line,
      field: row.errorField,
      rule: row.errorRule,
      message: row.errorMessage ?? '',
    })),
    createdAt: found.createdAt.toISOString(),
    finishedAt: found.finishedAt?.toISOString() ?? null,
  };
}
