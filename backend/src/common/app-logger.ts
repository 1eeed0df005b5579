import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import type { LogFormat } from '../config/config';
import { currentRequestId, LogRecord } from './request-context';

// Nest's start-up chatter (every module loaded, every route mapped) buries the lines a person needs.
const QUIET_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

export interface AppLoggerOptions {
  format?: LogFormat;
  /** Where a JSON line goes; standard output (errors: standard error) unless a spec reads them. */
  write?: (line: string, stream: 'stdout' | 'stderr') => void;
}

/** One JSON log line (LOG_FORMAT=json). */
export interface JsonLogLine {
  time: string;
  level: LogLevel;
  context?: string;
  message: unknown;
  requestId?: string;
  stack?: unknown;
  [field: string]: unknown;
}

/**
 * Text (the default): Nest's own lines. JSON: one object per line, `time` (ISO 8601, UTC), `level`, `context`,
 * `message`, `requestId` while a request is served, and a LogRecord's fields (the access lines) beside them.
 */
export class AppLogger extends ConsoleLogger {
  private readonly write: NonNullable<AppLoggerOptions['write']>;

  constructor(options: AppLoggerOptions = {}) {
    super({ json: options.format === 'json' });
    this.write = options.write ?? ((line, stream) => process[stream].write(`${line}\n`));
  }

  override log(message: unknown, context?: string): void {
    if (context && QUIET_CONTEXTS.has(context)) return;
    super.log(message, context);
  }

  protected override printAsJson(
    message: unknown,
    options: {
      context: string;
      logLevel: LogLevel;
      writeStreamType?: 'stdout' | 'stderr';
      errorStack?: unknown;
    },
  ): void {
    const record = message instanceof LogRecord ? message : null;
    const line: JsonLogLine = {
      time: new Date().toISOString(),
      level: options.logLevel,
      ...(options.context ? { context: options.context } : {}),
      message: record ? record.message : message,
      ...record?.fields,
    };
    const requestId = currentRequestId();
    if (requestId && line.requestId === undefined) line.requestId = requestId;
    if (options.errorStack) line.stack = options.errorStack;
    this.write(this.stringifyJsonLogObject(line), options.writeStreamType ?? 'stdout');
  }

  protected override stringifyMessage(message: unknown, logLevel: LogLevel): unknown {
    return super.stringifyMessage(message instanceof LogRecord ? message.message : message, logLevel);
  }
}
