import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { AuditEntry } from '@roundtable/contracts';
import { I18n, type TranslationKey } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { formatDateTime } from '../../core/time/event-time';
import './audit.i18n';

/** An action's code with every dot and dash an underscore: the key of its text (or its family's). */
export const auditKey = (code: string): string => code.replace(/[^a-zA-Z0-9]/g, '_');

/**
 * Entries of the audit log, newest first, as a list that reads the same on a phone: when (in the zone given),
 * who, what, and about what. Detail values are the entry's own (ids, field names, counts), never a secret.
 */
@Component({
  selector: 'rt-audit-entries',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="entries">
      @for (entry of entries(); track entry.id) {
        <li>
          <div class="line">
            <strong class="what">{{ actionText(entry.action) }}</strong>
            <time [attr.datetime]="entry.at">{{ when(entry.at) }}</time>
          </div>
          <div class="who">
            <span class="visually-hidden">{{ 'audit.who' | t }}: </span>{{ who(entry) }}
            @if (entry.ip) {
              <span class="ip">{{ 'audit.from' | t: { ip: entry.ip } }}</span>
            }
          </div>
          @if (about(entry); as text) {
            <div class="about">
              <span class="visually-hidden">{{ 'audit.about' | t }}: </span>{{ text }}
            </div>
          }
          @if (details(entry); as text) {
            <div class="detail">
              <code>{{ text }}</code>
            </div>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    .entries {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.25rem 1rem;
    }
    time,
    .who,
    .about,
    .detail {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .ip {
      margin-left: 0.5rem;
    }
    code {
      font-size: 0.8125rem;
    }
  `,
})
export class AuditEntriesComponent {
  private readonly i18n = inject(I18n);

  readonly entries = input.required<AuditEntry[]>();
  readonly timeZone = input.required<string>();
  /** Event titles by id, for the admin's log; the history of one event leaves it out. */
  readonly eventTitles = input<ReadonlyMap<string, string>>(new Map());

  protected when(at: string): string {
    return formatDateTime(at, this.timeZone(), this.i18n.language());
  }

  protected actionText(action: string): string {
    return this.text(`audit.actions.${auditKey(action)}`) ?? action;
  }

  protected who(entry: AuditEntry): string {
    const actor = entry.actor;
    if (actor.type === 'account') return actor.email ?? actor.userId ?? '';
    if (actor.type === 'link')
      return this.i18n.t(actor.link?.type === 'invitation' ? 'audit.viaInvitation' : 'audit.viaRegistration');
    return this.i18n.t(actor.type === 'system' ? 'audit.system' : 'audit.anonymous');
  }

  protected about(entry: AuditEntry): string | null {
    const parts: string[] = [];
    const title = entry.eventId ? this.eventTitles().get(entry.eventId) : undefined;
    if (title) parts.push(title);
    const subject = entry.subject;
    if (subject && !(subject.type === 'event' && title)) {
      const type = this.text(`audit.subjects.${auditKey(subject.type)}`) ?? subject.type;
      parts.push(subject.id ? `${type} ${subject.id.slice(0, 8)}` : type);
    }
    return parts.length > 0 ? parts.join(' · ') : null;
  }

  protected details(entry: AuditEntry): string | null {
    // What the lines above already say (the subject's id, the actor's address) is not repeated.
    const said = new Set([entry.subject?.id, entry.actor.email].filter(Boolean));
    const pairs = Object.entries(entry.detail).filter(
      ([key, value]) => key !== 'id' && !said.has(value as string),
    );
    return pairs.length > 0 ? pairs.map(([key, value]) => `${key}: ${String(value)}`).join(', ') : null;
  }

  /** The text of a key, or null when the app has none (an action newer than this page). */
  private text(key: string): string | null {
    const found = this.i18n.t(key as TranslationKey);
    return found === key ? null : found;
  }
}
