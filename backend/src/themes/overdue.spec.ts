import { dayIn, isOverdue } from './overdue';

describe('dayIn', () => {
  it('is the day in the zone, not in UTC', () => {
    const lateEvening = new Date('2031-05-20T22:30:00Z');
    expect(dayIn('Europe/Sofia', lateEvening)).toBe('2031-05-21');
    expect(dayIn('America/New_York', lateEvening)).toBe('2031-05-20');
  });
});

describe('isOverdue', () => {
  const today = '2031-05-21';
  it('is overdue once the due day is over and the recommendation is still open', () => {
    expect(isOverdue({ status: 'proposed', dueDate: '2031-05-20' }, today)).toBe(true);
    expect(isOverdue({ status: 'in-progress', dueDate: '2030-01-01' }, today)).toBe(true);
  });
  it('is not overdue on its due day, without one, or once done or dropped', () => {
    expect(isOverdue({ status: 'proposed', dueDate: today }, today)).toBe(false);
    expect(isOverdue({ status: 'proposed', dueDate: null }, today)).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2031-05-01' }, today)).toBe(false);
    expect(isOverdue({ status: 'dropped', dueDate: '2031-05-01' }, today)).toBe(false);
  });
});
