import { stripVTControlCharacters } from 'node:util';
import { AppLogger, type JsonLogLine } from './app-logger';
import { LogRecord } from './request-context';

function jsonLogger() {
  const lines: { line: JsonLogLine; stream: string }[] = [];
  const logger = new AppLogger({
    format: 'json',
    write: (line, stream) => lines.push({ line: JSON.parse(line) as JsonLogLine, stream }),
  });
  return { logger, lines };
}

describe('AppLogger', () => {
  it('writes one JSON object per line: time, level, context, message', () => {
    const { logger, lines } = jsonLogger();
    logger.warn('the SMTP server is slow', 'Jobs');
    expect(lines).toEqual([
      {
        stream: 'stdout',
        line: {
          time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
          level: 'warn',
          context: 'Jobs',
          message: 'the SMTP server is slow',
        },
      },
    ]);
  });

  it('puts a record’s fields beside its message, and errors with their stack on standard error', () => {
    const { logger, lines } = jsonLogger();
    logger.log(new LogRecord('GET /api/health 200 1 ms', { method: 'GET', status: 200 }), 'Http');
    logger.error('it broke', 'Error: it broke\n    at here', 'HTTP');
    expect(lines[0].line).toMatchObject({ message: 'GET /api/health 200 1 ms', method: 'GET', status: 200 });
    expect(lines[1]).toMatchObject({
      stream: 'stderr',
      line: { level: 'error', context: 'HTTP', message: 'it broke', stack: 'Error: it broke\n    at here' },
    });
  });

  it('keeps Nest’s start-up chatter quiet in both formats', () => {
    const { logger, lines } = jsonLogger();
    logger.log('Mapped {/api/health, GET} route', 'RouterExplorer');
    expect(lines).toEqual([]);
  });

  it('prints a record as its message in the text format', () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      new AppLogger().log(new LogRecord('GET /api/health 200 1 ms', { method: 'GET' }), 'Http');
      // Without the colours a terminal gets.
      const printed = stripVTControlCharacters(String(write.mock.calls[0]?.[0]));
      expect(printed).toContain('[Http] GET /api/health 200 1 ms');
      expect(printed).not.toContain('method');
    } finally {
      write.mockRestore();
    }
  });
});
