import { describeChanges } from './event-mail-data';
import type { EventEntity } from './event.entity';

const venue = { name: 'Зала „Сердика“', address: 'ул. „Гюешево“ 21', city: 'София' };
const event = {
  startsAt: new Date('2031-05-21T08:00:00Z'),
  endsAt: new Date('2031-05-21T11:00:00Z'),
  timezone: 'Europe/Sofia',
  venue,
  onlineUrl: null,
} as EventEntity;
const previous = {
  startsAt: '2031-05-21T07:00:00.000Z',
  endsAt: '2031-05-21T10:00:00.000Z',
  timezone: 'Europe/Sofia',
  venue,
  onlineUrl: null,
};

describe('describeChanges', () => {
  it('gives the old and the new time in the reader’s language, and nothing for a place that stayed', () => {
    const changes = describeChanges(previous, event, 'bg');
    expect(changes.when?.was).toContain('10:00 – 13:00');
    expect(changes.when?.now).toContain('11:00 – 14:00');
    expect(changes.place).toBeNull();
  });

  it('gives the old and the new place, online link included, when only the place moved', () => {
    const moved = { ...event, startsAt: new Date(previous.startsAt), endsAt: new Date(previous.endsAt) };
    const changes = describeChanges(
      previous,
      {
        ...moved,
        venue: { ...venue, name: 'Зала 2' },
        onlineUrl: 'https://meet.example.org/x',
      } as EventEntity,
      'en',
    );
    expect(changes.when).toBeNull();
    expect(changes.place).toEqual({
      was: 'Зала „Сердика“, ул. „Гюешево“ 21, София',
      now: 'Зала 2, ул. „Гюешево“ 21, София, https://meet.example.org/x',
    });
  });

  it('says nothing was known for a message queued before previous values were carried', () => {
    expect(describeChanges(undefined, event, 'bg')).toEqual({ when: null, place: null });
  });
});
