import { calendarStanding, canRespond, reminderDue, statusAfter } from './invitation-rules';

const day = (n: number) => new Date(Date.UTC(2031, 4, n, 9));

describe('reminderDue', () => {
  const invitation = { createdAt: day(1), respondBy: day(20) };

  it('sends nothing before the first reminder is due', () => {
    expect(reminderDue(invitation, day(12), [7, 2])).toBeNull();
  });

  it('sends the 7-day reminder, then the 2-day one', () => {
    expect(reminderDue(invitation, day(13), [7, 2])).toBe(7);
    expect(reminderDue(invitation, day(17), [7, 2])).toBe(7);
    expect(reminderDue(invitation, day(18), [7, 2])).toBe(2);
  });

  it('sends nothing once the deadline has passed', () => {
    expect(reminderDue(invitation, day(20), [7, 2])).toBeNull();
  });

  it('never sends a reminder that fell due before the invitation was sent', () => {
    const late = { createdAt: day(16), respondBy: day(20) };
    expect(reminderDue(late, day(16), [7, 2])).toBeNull();
    expect(reminderDue(late, day(18), [7, 2])).toBe(2);
  });

  it('ignores invitations without a deadline', () => {
    expect(reminderDue({ createdAt: day(1), respondBy: null }, day(18), [7, 2])).toBeNull();
  });
});

describe('answers', () => {
  it('lets an invitee change their mind until the invitation is closed', () => {
    expect(['pending', 'accepted', 'tentative', 'declined'].every((s) => canRespond(s as never))).toBe(true);
    expect(['delegated', 'revoked', 'expired'].some((s) => canRespond(s as never))).toBe(false);
  });

  it('hands the invitation on when a deputy is named', () => {
    expect(statusAfter('declined', true)).toBe('delegated');
    expect(statusAfter('tentative', false)).toBe('tentative');
  });

  it("maps statuses to the invitee's standing in their calendar", () => {
    expect(calendarStanding('pending')).toBe('invited');
    expect(calendarStanding('accepted')).toBe('accepted');
    expect(calendarStanding('tentative')).toBe('tentative');
    expect(calendarStanding('declined')).toBe('declined');
    for (const closed of ['revoked', 'expired', 'delegated'] as const)
      expect(calendarStanding(closed)).toBe('removed');
  });
});
