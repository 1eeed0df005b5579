import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { rootCertificates } from 'node:tls';
import { Webhook } from 'standardwebhooks';
import type { WebhookConfig } from '../config/config';
import { hostOf, isPrivateAddress } from './webhook-url';

export interface WebhookMessage {
  url: string;
  secret: string;
  /** The `webhook-id`: the delivery's id, the same on every attempt. */
  id: string;
  body: string;
  at: Date;
}

/** What one attempt came to: the receiver's status, or why there was none. */
export interface AttemptResult {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/** The receiver's answer is read up to this much and thrown away: only its status counts. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/** The three Standard Webhooks headers, signed with the endpoint's secret over `id.timestamp.body`. */
export function signedHeaders(message: Omit<WebhookMessage, 'url'>): Record<string, string> {
  return {
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(message.at.getTime() / 1000)),
    'webhook-signature': new Webhook(message.secret).sign(message.id, message.at, message.body),
  };
}

/**
 * POSTs one delivery over HTTPS: Node's roots and WEBHOOK_CA_FILE's certificates, the resolved addresses
 * checked before connecting (webhook-url.ts), no redirects, WEBHOOK's time limit over the whole exchange. A 2xx
 * answer is delivered; anything else (another status, no connection, a bad certificate, too slow) fails the
 * attempt, and the job runner tries again later.
 */
export function sendWebhook(message: WebhookMessage, config: WebhookConfig): Promise<AttemptResult> {
  const url = new URL(message.url);
  if (url.protocol !== 'https:') return Promise.resolve(failure(null, 'not an https URL'));
  const host = hostOf(url);
  if (isIP(host) && isPrivateAddress(host) && !config.allowPrivateNetworks)
    return Promise.resolve(failure(null, 'refused: the address is in a private network'));
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const outgoing = request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Roundtable-Webhooks/1',
          ...signedHeaders(message),
        },
        ...(config.extraCa ? { ca: [...rootCertificates, config.extraCa] } : {}),
        lookup: guardedLookup(config.allowPrivateNetworks),
        agent: false,
      },
      (response) => {
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_RESPONSE_BYTES) response.destroy();
        });
        const status = response.statusCode ?? null;
        const done = () =>
          settle(
            status !== null && status >= 200 && status < 300
              ? { ok: true, status, error: null }
              : failure(status, `the receiver answered ${status}`),
          );
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      outgoing.destroy();
      settle(failure(null, `no answer within ${config.timeoutMs / 1000} s`));
    }, config.timeoutMs);
    outgoing.on('error', (error: NodeJS.ErrnoException) => settle(failure(null, reasonOf(error))));
    outgoing.end(message.body);
  });
}

function failure(status: number | null, error: string): AttemptResult {
  return { ok: false, status, error };
}

/** A short reason for the log: the error's code and message, never the URL (its query may hold a key). */
function reasonOf(error: NodeJS.ErrnoException): string {
  const text = error.message.replace(/\s+/g, ' ').slice(0, 300);
  return error.code && !text.includes(error.code) ? `${error.code}: ${text}` : text;
}

/** DNS as usual, but a name that resolves into a private network is refused (unless allowed). */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = !allowPrivate && addresses.some((entry) => isPrivateAddress(entry.address));
      if (refused) {
        const denied = Object.assign(new Error(`refused: ${hostname} resolves to a private address`), {
          code: 'EPRIVATEADDRESS',
        });
        return callback(denied, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const [first] = addresses;
      callback(null, first.address, first.family);
    });
  };
}
