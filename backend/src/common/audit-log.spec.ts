import { auditLine } from './audit-log';

describe('auditLine', () => {
  const origin = { actor: { id: 'u-1', email: 'admin@example.org' }, ip: '203.0.113.7' };

  it('names what happened, who did it and from where', () => {
    expect(auditLine('user.changed', { user: 'u-2', role: 'organizer->admin' }, origin)).toBe(
      'user.changed user="u-2" role="organizer->admin" actor="admin@example.org" actorId="u-1" ip="203.0.113.7"',
    );
    expect(auditLine('login.failed', { email: 'x@example.org' }, {})).toBe(
      'login.failed email="x@example.org" actor=null actorId=null ip=null',
    );
  });

  it('drops secrets by name and keeps a typed line break from starting a new line', () => {
    const line = auditLine(
      'login.failed',
      {
        email: 'a@b.c\nuser.created user="forged"',
        password: 'hunter2',
        accessToken: 'abc',
        newPassword: 'x',
      },
      origin,
    );
    expect(line).not.toContain('\n');
    expect(line).not.toMatch(/hunter2|abc|newPassword/);
    expect(line).toContain('email="a@b.c\\nuser.created user=\\"forged\\""');
  });
});
