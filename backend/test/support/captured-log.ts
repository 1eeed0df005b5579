import type { LoggerService } from '@nestjs/common';

export interface LogLine {
  level: 'log' | 'error' | 'warn' | 'debug' | 'verbose' | 'fatal';
  context: string | undefined;
  text: string;
}

/** The app's logger in a spec: keeps every line so the spec can read what an operator would see. */
export class CapturedLog implements LoggerService {
  readonly lines: LogLine[] = [];

  log(message: unknown, ...rest: unknown[]): void {
    this.add('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.add('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.add('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.add('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.add('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.add('fatal', message, rest);
  }

  /** Lines logged from now on: `const since = log.mark(); ...; log.since(since)`. */
  mark(): number {
    return this.lines.length;
  }
  since(mark: number): LogLine[] {
    return this.lines.slice(mark);
  }

  private add(level: LogLine['level'], message: unknown, rest: unknown[]): void {
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    const extra = rest.slice(0, context === undefined ? rest.length : -1).map(String);
    const text = [typeof message === 'string' ? message : JSON.stringify(message), ...extra].join(' ');
    this.lines.push({ level, context, text });
  }
}
