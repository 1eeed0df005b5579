import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language, Organisation, PublicOrganisation } from '@roundtable/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { parseMailbox } from '../calendar/ics';
import { audit } from '../common/audit-log';
import { InjectConfig } from '../common/config.token';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/config';
import { isUniqueViolation } from '../database/errors';
import { TemplateRenderer } from '../mail/template-renderer';
import { Storage, type OpenedFile } from '../storage/storage';
import { reencodeLogo } from './logo-encoding';
import type { OrganisationInputDto } from './organisation.dto';
import { OrganisationEntity } from './organisation.entity';

const ROW_ID = 1;
/** reencodeLogo makes a PNG, whatever was uploaded. */
const LOGO_CONTENT_TYPE = 'image/png';
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
    private readonly storage: Storage,
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
    const { id: _id, logoKey: _logo, updatedAt, ...fields } = this.current;
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
    const stored = await this.storage.put(logo, { contentType: LOGO_CONTENT_TYPE });
    const previous = this.current.logoKey;
    try {
      await this.dataSource.getRepository(OrganisationEntity).update({ id: ROW_ID }, { logoKey: stored.key });
    } catch (error) {
      await this.storage.remove(stored.key);
      throw error;
    }
    await this.refresh();
    if (previous) await this.storage.remove(previous);
    return this.get();
  }

  async logo(): Promise<{ file: OpenedFile; type: string }> {
    const file = this.current.logoKey ? await this.storage.open(this.current.logoKey) : null;
    if (!file) throw new DomainError('PHOTO_NOT_FOUND');
    return { file, type: LOGO_CONTENT_TYPE };
  }

  /** A new URL for each logo (a number from its random key), so browsers and mail clients never show an old one. */
  private logoUrl(): string | null {
    const key = this.current.logoKey;
    return key ? `${this.config.publicUrl}/api/organisation/logo?v=${parseInt(key.slice(0, 12), 16)}` : null;
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
      logoKey: null,
    };
  }
}
