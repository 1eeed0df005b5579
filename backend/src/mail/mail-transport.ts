import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type SendMailOptions, type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { InjectConfig } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { Metrics } from '../metrics/metrics';
import { sendFailureReason } from './delivery-policy';

/**
 * Bulgarian text is mostly two-byte UTF-8: quoted-printable writes each letter as `=D0=BA` (six bytes), base64
 * as under three, and base64 is much cheaper to produce.
 */
export const MAIL_TEXT_ENCODING = 'base64' as const;

/** The one pooled SMTP transport. Created on first use, so the demo mail catcher can start first. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private transporter: Transporter | null = null;
  private smtpUrl: string | null;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {
    this.smtpUrl = config.smtpUrl;
  }

  /** The demo mail catcher tells where it listens. */
  useSmtpUrl(url: string): void {
    this.smtpUrl = url;
    this.transporter?.close();
    this.transporter = null;
  }

  /** Sends one message; its time and, when it fails, the reason go to the metrics. */
  async send(message: SendMailOptions): Promise<{ messageId: string }> {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const info = await this.transport().sendMail({ textEncoding: MAIL_TEXT_ENCODING, ...message });
      this.metrics.recordSend(seconds(), null);
      return { messageId: info.messageId };
    } catch (error) {
      this.metrics.recordSend(seconds(), sendFailureReason(error));
      throw error;
    }
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }

  private transport(): Transporter {
    if (!this.smtpUrl) throw new Error('SMTP_URL is not set');
    this.transporter ??= createTransport(smtpOptions(this.smtpUrl, this.config.mail.maxConnections));
    return this.transporter;
  }
}

/** SMTP_URL (`smtp://[user:pass@]host:port`, `smtps://` for TLS) as pooled transport options. */
export function smtpOptions(smtpUrl: string, maxConnections: number): SMTPPool.Options {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  return {
    pool: true,
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    maxConnections,
    maxMessages: 500,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    // A catcher or test server on this machine has no certificate to check; real servers are checked as usual.
    tls: { rejectUnauthorized: !local },
  };
}
