import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/*
 * Every request gets an id: the caller's X-Request-Id when it is a sane one (a proxy or load balancer in front
 * usually sets it), else a fresh UUID. It is echoed in the response's X-Request-Id and carried in an
 * AsyncLocalStorage, so that every log line written while the request is served names it (LOG_FORMAT=json).
 */

export const REQUEST_ID_HEADER = 'X-Request-Id';
/** Enough for a UUID, a ULID, AWS's and nginx's ids; short enough that a log line stays a line. */
export const REQUEST_ID_MAX_LENGTH = 64;
const SAFE_REQUEST_ID = new RegExp(`^[A-Za-z0-9._:=-]{1,${REQUEST_ID_MAX_LENGTH}}$`);

export interface RequestContext {
  requestId: string;
}

const contexts = new AsyncLocalStorage<RequestContext>();

/** The id of the request being served, or undefined outside one (start-up, jobs). */
export function currentRequestId(): string | undefined {
  return contexts.getStore()?.requestId;
}

/** The incoming header when it is one value of safe characters within the length; null otherwise. */
export function sanitizeRequestId(value: string | string[] | undefined): string | null {
  if (typeof value !== 'string') return null;
  return SAFE_REQUEST_ID.test(value) ? value : null;
}

/** What an access line says of a request: the route's pattern, never the path a caller sent (tokens sit in it). */
export interface AccessFields {
  method: string;
  /** E.g. `/api/registrations/by-token/:token`; null when no API route matched (app pages, files, 404s). */
  route: string | null;
  status: number;
  durationMs: number;
  requestId: string;
}

/** The pattern Express matched, with the router's mount point; null when no route took the request. */
export function routePattern(request: Pick<Request, 'baseUrl' | 'route'>): string | null {
  const path = (request.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? `${request.baseUrl ?? ''}${path}` : null;
}

/** A structured log message: the text a person reads, and the fields a JSON line carries beside it. */
export class LogRecord {
  constructor(
    readonly message: string,
    readonly fields: Record<string, string | number | boolean | null>,
  ) {}

  toString(): string {
    return this.message;
  }
}

const accessLogger = new Logger('Http');

/**
 * Express middleware, mounted first. `accessLog`: one line per finished request (JSON logs only; the text
 * format stays as quiet as it always was).
 */
export function requestContext(options: { accessLog: boolean }) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const requestId = sanitizeRequestId(request.headers['x-request-id']) ?? randomUUID();
    response.setHeader(REQUEST_ID_HEADER, requestId);
    if (options.accessLog) {
      const started = process.hrtime.bigint();
      let logged = false;
      const done = () => {
        if (logged) return;
        logged = true;
        const fields: AccessFields = {
          method: request.method,
          route: routePattern(request),
          status: response.statusCode,
          durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
          requestId,
        };
        const completed = response.writableFinished ? '' : ' (connection closed before the end)';
        accessLogger.log(
          new LogRecord(
            `${fields.method} ${fields.route ?? '-'} ${fields.status} ${fields.durationMs} ms${completed}`,
            { ...fields },
          ),
        );
      };
      // `finish`: the whole answer was handed over; `close` alone: the client went away before it.
      response.once('finish', done);
      response.once('close', done);
    }
    contexts.run({ requestId }, next);
  };
}
