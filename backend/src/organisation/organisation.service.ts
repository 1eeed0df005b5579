import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language, Organisation, PublicOrganisation } from '@roundtable/contracts';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { parseMailbox } from '../calendar/ics';
import { audit } from '../common/audit-log';
import { InjectConfig } from '../common/config.token';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/config';
import { isUniqueViolation } from '../database/errors';
import { TemplateRenderer } from '../mail/template-renderer';
import { reencodeLogo } from './logo-encoding';
import type { OrganisationInputDto } from './organisation.dto';
import { OrganisationEntity } from './organisation.entity';

const ROW_ID = 1;
/** How long an instance trusts its copy: a change made on another instance reaches its e-mails within this. */
export const ORGANISATION_CACHE_MS = 30_000;

/**
 * The organisation this Roundtable speaks for. Read often (every e-mail, every page), changed rarely: each
 * instance keeps a copy, refreshed every ORGANISATION_CACHE_MS and at once after a change made here.
 */
@Injectable()
export class OrganisationService implements OnModuleInit, OnModuleDestroy {
  private current!: OrganisationEntity;
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly renderer: TemplateRenderer,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), ORGANISATION_CACHE_MS);
    this.timer.unref();
    this.renderer.share((language) => ({ organisation: this.forMail(language) }));
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** What every e-mail may use as `organisation.*`, in the recipient's language. */
  forMail(language: Language) {
    const row = this.current;
    return {
      name: (language === 'en' && row.nameEn) || row.nameBg,
      address: row.address || null,
      contactEmail: row.contactEmail || null,
    };
  }

  /**
   * The version of the privacy notice that consents given now agree to, read in the caller's transaction rather
   * than from this instance's copy: an admin's change made on another instance counts from its commit on.
   */
  async privacyNoticeVersion(manager: EntityManager): Promise<string> {
    const row = await manager.findOne(OrganisationEntity, {
      where: { id: ROW_ID },
      select: { id: true, privacyNoticeVersion: true },
    });
    return row?.privacyNoticeVersion ?? this.current.privacyNoticeVersion;
  }

  get(): Organisation {
    const { id: _id, logoFile: _logo, updatedAt, ...fields } = this.current;
    return { ...fields, logoUrl: this.logoUrl(), updatedAt: updatedAt.toISOString() };
  }

  getPublic(): PublicOrganisation {
    const row = this.current;
    return {
      name: { bg: row.nameBg, en: row.nameEn },
      logoUrl: this.logoUrl(),
      address: row.address,
      contactEmail: row.contactEmail,
      privacyNotice: { bg: row.privacyNoticeBg, en: row.privacyNoticeEn, version: row.privacyNoticeVersion },
    };
  }

  async update(input: OrganisationInputDto): Promise<Organisation> {
    const before = this.current;
    await this.dataSource.getRepository(OrganisationEntity).update({ id: ROW_ID }, { ...input });
    await this.refresh();
    if (before.privacyNoticeVersion !== input.privacyNoticeVersion) {
      audit('organisation.privacy-notice', {
        from: before.privacyNoticeVersion,
        to: input.privacyNoticeVersion,
      });
    }
    return this.get();
  }

  async saveLogo(file: { buffer: Buffer } | undefined): Promise<Organisation> {
    const logo = file ? await reencodeLogo(file.buffer) : null;
    if (!logo) throw new DomainError('INVALID_LOGO');
    const dir = join(this.config.storageDir, 'organisation');
    await mkdir(dir, { recursive: true });
    // A new name each time, so that browsers and mail clients never show a cached old logo.
    const name = `logo-${Date.now()}.png`;
    await writeFile(join(dir, name), logo);
    const previous = this.current.logoFile;
    await this.dataSource.getRepository(OrganisationEntity).update({ id: ROW_ID }, { logoFile: name });
    await this.refresh();
    if (previous) await rm(join(dir, previous), { force: true });
    return this.get();
  }

  logoPath(): string {
    if (!this.current.logoFile) throw new DomainError('PHOTO_NOT_FOUND');
    return join(this.config.storageDir, 'organisation', this.current.logoFile);
  }

  private logoUrl(): string | null {
    const file = this.current.logoFile;
    return file ? `${this.config.publicUrl}/api/organisation/logo?v=${file.replace(/\D/g, '')}` : null;
  }

  private async refresh(): Promise<void> {
    const repository = this.dataSource.getRepository(OrganisationEntity);
    let row = await repository.findOneBy({ id: ROW_ID });
    if (!row) {
      try {
        await repository.insert(this.defaults());
      } catch (error) {
        // Another instance starting at the same time wrote it first.
        if (!isUniqueViolation(error)) throw error;
      }
      row = await repository.findOneByOrFail({ id: ROW_ID });
    }
    this.current = row;
  }

  /** Until an admin sets it, the organisation is MAIL_FROM's display name. */
  private defaults(): Partial<OrganisationEntity> {
    const name = parseMailbox(this.config.mailFrom).name || 'Roundtable';
    return {
      id: ROW_ID,
      nameBg: name,
      nameEn: name,
      address: '',
      contactEmail: '',
      privacyNoticeBg: 'Обработваме личните Ви данни само за да организираме събитието.',
      privacyNoticeEn: 'We process your personal data only to organise the event.',
      privacyNoticeVersion: '1',
      logoFile: null,
    };
  }
}
