import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Material, MaterialList, MaterialVisibility } from '@roundtable/contracts';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { audit, auditNow, type AuditFields } from '../common/audit-log';
import { InjectConfig } from '../common/config.token';
import { DomainError, validationFailed } from '../common/domain-error';
import type { AppConfig } from '../config/config';
import { inTransaction } from '../database/transaction';
import { EventEntity } from '../events/event.entity';
import type { PackFile } from '../pack/pack-parts';
import { lockEvent } from '../registrations/seat-counts';
import { csvRow, UTF8_BOM } from '../registrations/export/csv';
import { Storage, type OpenedFile } from '../storage/storage';
import type { UserEntity } from '../users/user.entity';
import type { MaterialUpdateDto, MaterialUploadDto } from './dto/material.dto';
import { MaterialAccess, mayView, visibleTo, type MaterialViewer, type ViewerLink } from './material-access';
import { MaterialEntity } from './material.entity';
import { toMaterial } from './material.mapper';
import { uniqueNames } from './material-names';
import { extensionFor } from './material-types';
import type { StoredUpload } from './material-upload';

/** One file of a download-all ZIP: its unique name inside and how to open its bytes when written. */
export interface ZipEntry {
  name: string;
  size: number;
  createdAt: Date;
  open: () => Promise<OpenedFile>;
}

@Injectable()
export class MaterialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly storage: Storage,
    private readonly access: MaterialAccess,
  ) {}

  /** What the caller may see of the event's materials, newest first, and their level. */
  async list(eventId: string, who: MaterialViewer): Promise<MaterialList> {
    const level = await this.access.levelFor(eventId, who);
    const rows = await this.visibleRows(eventId, level);
    return { items: rows.map(toMaterial), access: level, maxUploadBytes: this.config.uploadMaxBytes };
  }

  /**
   * Keeps an uploaded file (already in the store) as a material of the event. A signed sheet is always for
   * organisers and replaces the event's previous scan, whose file is removed. On any refusal the file is removed
   * again by the upload's interceptor.
   */
  async create(
    eventId: string,
    file: StoredUpload | undefined,
    input: MaterialUploadDto,
    author: UserEntity,
  ): Promise<Material> {
    if (!file) throw validationFailed([{ field: 'file', rule: 'required', message: 'file is required' }]);
    const kind = input.kind ?? 'material';
    const missing = [
      kind === 'material' && !input.title && 'title',
      kind === 'material' && !input.visibility && 'visibility',
    ].filter((field): field is string => Boolean(field));
    if (missing.length) {
      throw validationFailed(
        missing.map((field) => ({ field, rule: 'required' as const, message: `${field} is required` })),
      );
    }
    if (kind === 'signed-sheet' && input.visibility && input.visibility !== 'organizers') {
      throw validationFailed([
        { field: 'visibility', rule: 'isIn', message: 'the signed attendance sheet is for organizers only' },
      ]);
    }
    const replaced: MaterialEntity[] = [];
    const material = await inTransaction(this.dataSource, async (manager) => {
      // The event's lock orders two scans uploaded at once: the second replaces the first.
      if (!(await lockEvent(manager, eventId))) throw new DomainError('EVENT_NOT_FOUND');
      replaced.length = 0;
      if (kind === 'signed-sheet') {
        replaced.push(...(await manager.findBy(MaterialEntity, { eventId, kind })));
        if (replaced.length) await manager.delete(MaterialEntity, { id: In(replaced.map((row) => row.id)) });
      }
      const saved = await manager.save(
        manager.create(MaterialEntity, {
          id: randomUUID(),
          eventId,
          title: input.title ?? file.filename,
          filename: file.filename,
          contentType: file.contentType,
          size: file.size,
          sha256: file.sha256,
          storageKey: file.key,
          visibility: kind === 'signed-sheet' ? 'organizers' : (input.visibility as MaterialVisibility),
          kind,
          uploadedById: author.id,
        }),
      );
      audit('material.uploaded', {
        id: saved.id,
        eventId,
        kind,
        visibility: saved.visibility,
        size: saved.size,
        sha256: saved.sha256,
        replaced: replaced.map((row) => row.id).join(',') || undefined,
      });
      return saved;
    });
    for (const old of replaced) await this.storage.remove(old.storageKey);
    return toMaterial(material);
  }

  async update(id: string, patch: MaterialUpdateDto): Promise<Material> {
    const material = await this.byId(id);
    if (material.kind === 'signed-sheet' && patch.visibility && patch.visibility !== 'organizers') {
      throw validationFailed([
        { field: 'visibility', rule: 'isIn', message: 'the signed attendance sheet is for organizers only' },
      ]);
    }
    const before = material.visibility;
    if (patch.title !== undefined) material.title = patch.title;
    if (patch.visibility !== undefined) material.visibility = patch.visibility;
    await this.dataSource.getRepository(MaterialEntity).save(material);
    audit('material.changed', {
      id,
      eventId: material.eventId,
      from: before,
      visibility: material.visibility,
    });
    return toMaterial(material);
  }

  /** Forgets the material and removes its file. */
  async remove(id: string): Promise<void> {
    const material = await this.byId(id);
    await this.dataSource.getRepository(MaterialEntity).delete({ id });
    await this.storage.remove(material.storageKey);
    audit('material.deleted', { id, eventId: material.eventId, kind: material.kind });
  }

  /**
   * The material and its bytes, when the caller may see it. A material they may not see, of an event they may
   * not see, or of another event than their link's, is not found: its existence is not told.
   */
  async download(id: string, who: MaterialViewer): Promise<{ material: MaterialEntity; file: OpenedFile }> {
    const material = await this.dataSource.getRepository(MaterialEntity).findOneBy({ id });
    if (!material) throw new DomainError('MATERIAL_NOT_FOUND');
    const { level, link } = await this.access.accessFor(material.eventId, who).catch((error: unknown) => {
      throw error instanceof DomainError ? new DomainError('MATERIAL_NOT_FOUND') : error;
    });
    if (!mayView(level, material.visibility)) throw new DomainError('MATERIAL_NOT_FOUND');
    const file = await this.open(material);
    await this.auditDownload(
      'material.downloaded',
      { id: material.id, eventId: material.eventId },
      who,
      link,
    );
    return { material, file };
  }

  /** The entries of "download all I may see", oldest first, with unique names; opened one by one when written. */
  async zipEntries(eventId: string, who: MaterialViewer): Promise<{ slug: string; entries: ZipEntry[] }> {
    const { level, link } = await this.access.accessFor(eventId, who);
    const event = await this.dataSource.getRepository(EventEntity).findOneByOrFail({ id: eventId });
    const rows = (await this.visibleRows(eventId, level)).reverse();
    await this.auditDownload('materials.zip-downloaded', { eventId, files: rows.length }, who, link, {
      type: 'event',
      id: eventId,
    });
    const names = uniqueNames(rows.map((row) => row.filename));
    return {
      slug: event.slug,
      entries: rows.map((row, index) => ({
        name: names[index],
        size: row.size,
        createdAt: row.createdAt,
        open: () => this.open(row),
      })),
    };
  }

  /**
   * Downloads by a personal link or by an account are entries (decision 0036); anonymous downloads of public
   * files are not: they name nobody, and would let anyone fill the log.
   */
  private async auditDownload(
    action: string,
    fields: AuditFields,
    who: MaterialViewer,
    link: ViewerLink,
    subject?: { type: string; id: string },
  ): Promise<void> {
    if (!link && !who.viewer) return;
    await auditNow(action, fields, { link: link ?? undefined, subject });
  }

  /** The reporting pack's `signed-sheet` part: the latest scan, named by its type. */
  async packSignedSheet(eventId: string): Promise<PackFile[]> {
    const scan = await this.dataSource
      .getRepository(MaterialEntity)
      .findOne({ where: { eventId, kind: 'signed-sheet' }, order: { createdAt: 'DESC' } });
    if (!scan) return [];
    return [
      {
        name: `signed-attendance-sheet.${extensionFor(scan.contentType, scan.filename)}`,
        body: async () => (await this.open(scan)).stream,
      },
    ];
  }

  /** The reporting pack's `materials` part: a CSV listing every file of the event (UTF-8 with BOM). */
  async packMaterialsList(eventId: string): Promise<PackFile[]> {
    const event = await this.dataSource.getRepository(EventEntity).findOneBy({ id: eventId });
    if (!event) return [];
    const rows = (await this.visibleRows(eventId, 'organizers')).reverse();
    const header = csvRow([
      'Заглавие / Title',
      'Файл / File',
      'Видимост / Visibility',
      'Вид / Kind',
      'Размер (байта) / Size (bytes)',
      'SHA-256',
      `Качен / Uploaded (${event.timezone})`,
    ]);
    const lines = rows.map((row) =>
      csvRow([
        row.title,
        row.filename,
        row.visibility,
        row.kind,
        row.size,
        row.sha256,
        DateTime.fromJSDate(row.createdAt).setZone(event.timezone).toFormat('yyyy-MM-dd HH:mm'),
      ]),
    );
    return [{ name: 'materials.csv', body: Buffer.from(UTF8_BOM + header + lines.join(''), 'utf8') }];
  }

  private visibleRows(eventId: string, level: MaterialVisibility): Promise<MaterialEntity[]> {
    return this.dataSource.getRepository(MaterialEntity).find({
      where: { eventId, visibility: In(visibleTo(level)) },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  private async byId(id: string): Promise<MaterialEntity> {
    const material = await this.dataSource.getRepository(MaterialEntity).findOneBy({ id });
    if (!material) throw new DomainError('MATERIAL_NOT_FOUND');
    return material;
  }

  private async open(material: MaterialEntity): Promise<OpenedFile> {
    const file = await this.storage.open(material.storageKey);
    if (!file) throw new Error(`the file of material ${material.id} is missing from the store`);
    return file;
  }
}
