import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../auth/auth.decorators';
import { DomainError } from '../../common/domain-error';
import { MailCatcher, type CaughtMail } from './mail-catcher.service';

/** The demo mailbox in a browser. Only registered by `npm start` (demo mode). */
@ApiExcludeController()
@Public()
@Controller('dev/mailbox')
export class MailCatcherController {
  constructor(private readonly catcher: MailCatcher) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  page(): string {
    const rows = this.catcher
      .list()
      .map(
        (
          mail,
        ) => `<tr><td>${escape(new Date(mail.receivedAt).toLocaleString('bg-BG', { timeZone: 'Europe/Sofia' }))}</td>
<td>${escape(mail.to.join(', '))}</td><td><a href="/api/dev/mailbox/${mail.id}">${escape(mail.subject)}</a></td>
<td>${mail.calendarMethod ? `<span class="badge">${escape(mail.calendarMethod)}</span>` : ''}</td></tr>`,
      )
      .join('\n');
    return layout(
      'Roundtable — пощенска кутия (демо)',
      `<p>Всички писма, изпратени от демо инсталацията, остават тук. / Every e-mail the demo sends stays here.</p>
<table><thead><tr><th>Получено</th><th>До</th><th>Тема</th><th>Календар</th></tr></thead><tbody>${rows || '<tr><td colspan="4">Няма писма. / No mail yet.</td></tr>'}</tbody></table>`,
    );
  }

  @Get('messages.json')
  messages(): { items: CaughtMail[]; total: number } {
    const items = this.catcher.list();
    return { items, total: items.length };
  }

  @Get(':id')
  @Header('Content-Type', 'text/html; charset=utf-8')
  message(@Param('id') id: string): string {
    const mail = this.mail(id);
    return layout(
      mail.subject,
      `<p><a href="/api/dev/mailbox">← всички / all</a></p>
<dl><dt>От / From</dt><dd>${escape(mail.from)}</dd><dt>До / To</dt><dd>${escape(mail.to.join(', '))}</dd>
<dt>Message-ID</dt><dd>${escape(mail.messageId)}</dd></dl>
<h2>HTML</h2><iframe sandbox src="/api/dev/mailbox/${mail.id}/html" title="HTML"></iframe>
<h2>Text</h2><pre>${escape(mail.text)}</pre>
${mail.calendar ? `<h2>Calendar (METHOD:${escape(mail.calendarMethod ?? '')})</h2><p><a href="/api/dev/mailbox/${mail.id}/invite.ics">invite.ics</a></p><pre>${escape(mail.calendar)}</pre>` : ''}`,
    );
  }

  @Get(':id/html')
  html(@Param('id') id: string, @Res() response: Response): void {
    // The message's own HTML, in a sandboxed frame with no scripts.
    response.setHeader(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
    );
    response.type('html').send(this.mail(id).html);
  }

  @Get(':id/invite.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  calendar(@Param('id') id: string): string {
    const mail = this.mail(id);
    if (!mail.calendar) throw new DomainError('NOT_FOUND');
    return mail.calendar;
  }

  private mail(id: string): CaughtMail {
    const mail = this.catcher.get(id);
    if (!mail) throw new DomainError('NOT_FOUND');
    return mail;
  }
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="bg"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1c2530}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #dde3e8;padding:.5rem;text-align:left;vertical-align:top}
.badge{background:#1f5f8b;color:#fff;border-radius:4px;padding:.1rem .4rem;font-size:.8rem}
iframe{width:100%;height:40rem;border:1px solid #dde3e8}pre{white-space:pre-wrap;background:#f4f6f8;padding:1rem}
dt{font-weight:600}dd{margin:0 0 .5rem}</style></head><body><h1>${escape(title)}</h1>${body}</body></html>`;
}
