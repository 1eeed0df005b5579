import { holdsEvent, itipForEventChange, itipForStanding, partstatOf } from './itip-rules';

describe('itipForStanding', () => {
  it('invites with a REQUEST that asks for an answer', () => {
    expect(itipForStanding('invited')).toEqual({ method: 'REQUEST', partstat: 'NEEDS-ACTION', rsvp: true });
  });

  it('confirms an acceptance or a maybe with a REQUEST that asks nothing more', () => {
    expect(itipForStanding('accepted')).toEqual({ method: 'REQUEST', partstat: 'ACCEPTED', rsvp: false });
    expect(itipForStanding('tentative')).toEqual({ method: 'REQUEST', partstat: 'TENTATIVE', rsvp: false });
  });

  it('takes the event out of the calendar of someone who declined or was removed', () => {
    expect(itipForStanding('declined')).toEqual({ method: 'CANCEL', partstat: 'DECLINED', rsvp: false });
    expect(itipForStanding('removed')).toEqual({ method: 'CANCEL', partstat: 'DECLINED', rsvp: false });
    expect([holdsEvent('declined'), holdsEvent('removed')]).toEqual([false, false]);
  });
});

describe('itipForEventChange', () => {
  it("repeats the holder's answer in an update, asking again only who has not answered", () => {
    expect(itipForEventChange('ACCEPTED', false)).toEqual({
      method: 'REQUEST',
      partstat: 'ACCEPTED',
      rsvp: false,
    });
    expect(itipForEventChange(partstatOf('invited'), false)).toEqual({
      method: 'REQUEST',
      partstat: 'NEEDS-ACTION',
      rsvp: true,
    });
  });

  it('cancels for everyone when the event is cancelled, and asks nobody to answer', () => {
    expect(itipForEventChange('NEEDS-ACTION', true)).toEqual({
      method: 'CANCEL',
      partstat: 'NEEDS-ACTION',
      rsvp: false,
    });
  });
});
