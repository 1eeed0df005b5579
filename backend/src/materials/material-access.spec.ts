import { invitationLevel, mayView, registrationLevel, visibleTo } from './material-access';

describe('material access levels', () => {
  it('lets each level see its own files and those of the levels before it', () => {
    expect(visibleTo('public')).toEqual(['public']);
    expect(visibleTo('registered')).toEqual(['public', 'registered']);
    expect(visibleTo('attended')).toEqual(['public', 'registered', 'attended']);
    expect(visibleTo('organizers')).toEqual(['public', 'registered', 'attended', 'organizers']);
    expect(mayView('attended', 'registered')).toBe(true);
    expect(mayView('registered', 'attended')).toBe(false);
  });

  it.each([
    ['confirmed', null, 'registered'],
    ['confirmed', new Date('2024-05-21T07:05:00Z'), 'attended'],
    ['waitlisted', null, 'public'],
    ['pending', null, 'public'],
    ['rejected', null, 'public'],
    // An undone check-in clears the time; a cancellation after a check-in is not attendance to reward.
    ['cancelled', new Date('2024-05-21T07:05:00Z'), 'public'],
  ] as const)('gives a %s registration checked in at %s the level %s', (status, checkedInAt, level) => {
    expect(registrationLevel({ status, checkedInAt })).toBe(level);
  });

  it.each([
    ['accepted', 'registered'],
    ['pending', 'public'],
    ['tentative', 'public'],
    ['declined', 'public'],
    ['revoked', 'public'],
  ] as const)('gives an invitation %s the level %s', (status, level) => {
    expect(invitationLevel({ status })).toBe(level);
  });
});
