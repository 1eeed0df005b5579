import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable, isTransientConflict, isUniqueViolation } from './errors';

const driverError = (fields: Record<string, unknown>) => Object.assign(new Error('driver'), fields);

describe('isDatabaseUnavailable', () => {
  it('knows a refused, cut or shut-down database, raw or wrapped by TypeORM', () => {
    expect(isDatabaseUnavailable(driverError({ code: 'ECONNREFUSED', fatal: true }))).toBe(true);
    expect(isDatabaseUnavailable(driverError({ code: 'PROTOCOL_CONNECTION_LOST' }))).toBe(true);
    expect(isDatabaseUnavailable(driverError({ code: 'ER_SERVER_SHUTDOWN' }))).toBe(true);
    // mysql2's "Can't add new command when connection is in closed state" has no code, only `fatal`.
    expect(isDatabaseUnavailable(driverError({ fatal: true }))).toBe(true);
    expect(
      isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], driverError({ code: 'ECONNRESET' }))),
    ).toBe(true);
  });

  it('leaves the errors of a request or of a conflict to their own answers', () => {
    const duplicate = driverError({ code: 'ER_DUP_ENTRY', fatal: false });
    const deadlock = driverError({ code: 'ER_LOCK_DEADLOCK' });
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isUniqueViolation(duplicate)).toBe(true);
    expect(isDatabaseUnavailable(deadlock)).toBe(false);
    expect(isTransientConflict(deadlock)).toBe(true);
    expect(isDatabaseUnavailable(new Error('a bug'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
