import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { bootAppWithMailbox, type MailTestApp } from './mail-app';

/** One request as it arrived: the Standard Webhooks headers and the raw body (verified by the spec). */
export interface ReceivedWebhook {
  id: string;
  timestamp: string;
  signature: string;
  path: string;
  body: string;
  headers: Record<string, string>;
}

/**
 * A certificate for 127.0.0.1 and localhost, self-signed by `openssl` in a temporary folder: the app trusts it
 * through `webhooks.extraCa` (WEBHOOK_CA_FILE in production), as it would a partner's private CA.
 */
export function selfSignedCertificate(): { cert: string; key: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rt-webhook-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return {
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A real HTTPS receiver in the test process. It answers 204 (or `answerWith`), records every request, and can
 * be taken down (the port refuses connections) and brought up again on the same port.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /** The status the next requests get; 204 by default. */
  answerWith = 204;
  private readonly arrivals = new EventEmitter();
  private server: Server | null = null;

  private constructor(
    private readonly tls: { cert: string; key: string },
    private port = 0,
  ) {}

  static async start(tls = selfSignedCertificate()): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver(tls);
    await receiver.up();
    return receiver;
  }

  get ca(): string {
    return this.tls.cert;
  }

  url(path = '/hooks'): string {
    return `https://127.0.0.1:${this.port}${path}`;
  }

  /** Listens (again, on the same port); does nothing while it is up. */
  async up(): Promise<void> {
    if (this.server) return;
    const server = createServer(this.tls, (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const headers = Object.fromEntries(
          Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
        );
        response.writeHead(this.answerWith).end();
        this.received.push({
          id: headers['webhook-id'],
          timestamp: headers['webhook-timestamp'],
          signature: headers['webhook-signature'],
          path: request.url ?? '',
          body: Buffer.concat(chunks).toString('utf8'),
          headers,
        });
        this.arrivals.emit('arrival');
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening and drops open connections: attempts meanwhile get ECONNREFUSED. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Resolves once `check` holds over what has arrived; fails after `timeoutMs`. */
  waitFor(check: (received: ReceivedWebhook[]) => boolean, timeoutMs = 20_000): Promise<void> {
    if (check(this.received)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const listener = () => {
        if (!check(this.received)) return;
        clearTimeout(timer);
        this.arrivals.off('arrival', listener);
        resolve();
      };
      const timer = setTimeout(() => {
        this.arrivals.off('arrival', listener);
        reject(new Error(`the receiver did not get what was expected within ${timeoutMs} ms`));
      }, timeoutMs);
      this.arrivals.on('arrival', listener);
    });
  }

  /** Each request's body, parsed after Standard Webhooks' `verify` passed with this secret (it throws if not). */
  verified<T = { type: string; timestamp: string; data: Record<string, unknown> }>(
    secret: string,
    requests = this.received,
  ): (T & { webhookId: string })[] {
    const webhook = new Webhook(secret);
    return requests.map((request) => ({
      ...(webhook.verify(request.body, request.headers) as T),
      webhookId: request.id,
    }));
  }

  async stop(): Promise<void> {
    await this.down();
  }
}

/**
 * The app with its mail, trusting `receiver`'s certificate and allowed to reach it on loopback; `maxAttempts`
 * retries 50-400 ms apart (FAST_MAIL) before a delivery ends `failed`.
 */
export function bootAppForWebhooks(receiver: WebhookReceiver, maxAttempts: number): Promise<MailTestApp> {
  return bootAppWithMailbox(
    { maxAttempts },
    { webhooks: { extraCa: receiver.ca, allowPrivateNetworks: true, timeoutMs: 5_000 } },
  );
}
