import { SECTORS, type Sector } from '@roundtable/contracts';
import fc from 'fast-check';
import {
  allocateSeat,
  anyPromotable,
  decideSeat,
  guestsFit,
  isRefusal,
  promoteFromWaitList,
  type SeatRequest,
  type SeatRoom,
} from './seat-allocation';

const NOW = new Date('2031-05-01T09:00:00Z');
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000);

function aRoom(overrides: Partial<SeatRoom> = {}): SeatRoom {
  return {
    capacity: 40,
    quotas: {},
    confirmed: { total: 0, bySector: {} },
    held: { total: 0, bySector: {} },
    ...overrides,
  };
}

function aRequest(overrides: Partial<SeatRequest> = {}): SeatRequest {
  return {
    ...aRoom(),
    status: 'published',
    mode: 'open',
    opensAt: null,
    closesAt: null,
    endsAt: hours(24 * 20),
    now: NOW,
    sector: 'education',
    viaInvitation: false,
    ...overrides,
  };
}

describe('decideSeat', () => {
  it('confirms while seats are free in an open event, then wait-lists', () => {
    expect(decideSeat(aRequest({ confirmed: { total: 39, bySector: {} } }))).toBe('confirmed');
    expect(decideSeat(aRequest({ confirmed: { total: 40, bySector: {} } }))).toBe('waitlisted');
  });

  it('counts seats held by pending guest invitations as taken', () => {
    const request = aRequest({ confirmed: { total: 35, bySector: {} }, held: { total: 5, bySector: {} } });
    expect(decideSeat(request)).toBe('waitlisted');
    expect(decideSeat({ ...request, held: { total: 4, bySector: {} } })).toBe('confirmed');
  });

  it('wait-lists a sector that is full even when other seats are free', () => {
    const request = aRequest({
      sector: 'health',
      quotas: { health: 10 },
      confirmed: { total: 12, bySector: { health: 10, ngo: 2 } },
    });
    expect(decideSeat(request)).toBe('waitlisted');
    expect(decideSeat({ ...request, sector: 'ngo' })).toBe('confirmed');
  });

  it('counts held seats of a sector against its quota', () => {
    const request = aRequest({
      sector: 'municipal',
      quotas: { municipal: 3 },
      confirmed: { total: 2, bySector: { municipal: 2 } },
      held: { total: 1, bySector: { municipal: 1 } },
    });
    expect(decideSeat(request)).toBe('waitlisted');
  });

  it('treats a quota of 0 as a closed sector', () => {
    expect(decideSeat(aRequest({ sector: 'other', quotas: { other: 0 } }))).toBe('waitlisted');
  });

  it('leaves approval to the organiser: pending, whatever the seats', () => {
    expect(decideSeat(aRequest({ mode: 'approval' }))).toBe('pending');
    expect(decideSeat(aRequest({ mode: 'approval', confirmed: { total: 40, bySector: {} } }))).toBe(
      'pending',
    );
  });

  it('refuses invite-only events except through an invitation, which takes its held seat', () => {
    expect(decideSeat(aRequest({ mode: 'invite-only' }))).toBe('INVITATION_REQUIRED');
    const full = { confirmed: { total: 39, bySector: {} }, held: { total: 1, bySector: {} } };
    expect(decideSeat(aRequest({ mode: 'invite-only', viaInvitation: true, ...full }))).toBe('confirmed');
  });

  it('keeps to the registration times', () => {
    expect(decideSeat(aRequest({ opensAt: hours(1) }))).toBe('REGISTRATION_NOT_OPEN');
    expect(decideSeat(aRequest({ opensAt: NOW }))).toBe('confirmed');
    expect(decideSeat(aRequest({ closesAt: NOW }))).toBe('REGISTRATION_CLOSED');
    expect(decideSeat(aRequest({ closesAt: hours(1) }))).toBe('confirmed');
    expect(decideSeat(aRequest({ mode: 'approval', closesAt: hours(-1) }))).toBe('REGISTRATION_CLOSED');
  });

  it('takes nobody into a draft, a cancelled or an ended event', () => {
    expect(decideSeat(aRequest({ status: 'draft' }))).toBe('EVENT_NOT_FOUND');
    expect(decideSeat(aRequest({ status: 'draft', viaInvitation: true }))).toBe('confirmed');
    expect(decideSeat(aRequest({ status: 'cancelled' }))).toBe('EVENT_CANCELLED');
    expect(decideSeat(aRequest({ endsAt: NOW }))).toBe('EVENT_PAST');
    expect(decideSeat(aRequest({ endsAt: NOW, viaInvitation: true }))).toBe('EVENT_PAST');
  });

  it('tells refusals from outcomes', () => {
    expect(isRefusal('REGISTRATION_CLOSED')).toBe(true);
    expect(isRefusal('confirmed')).toBe(false);
    expect(isRefusal('waitlisted')).toBe(false);
    expect(isRefusal('pending')).toBe(false);
  });
});

describe('allocateSeat never overbooks', () => {
  it('fills exactly the capacity and each quota, whatever the order of arrivals', () => {
    const sectors: Sector[] = ['health', 'ngo', 'health', 'education', 'health', 'municipal'];
    const room = aRoom({ capacity: 7, quotas: { health: 2 } });
    const confirmed = { total: 0, bySector: {} as Partial<Record<Sector, number>> };
    for (let i = 0; i < 60; i++) {
      const sector = sectors[(i * 7) % sectors.length];
      if (allocateSeat({ ...room, confirmed }, sector) === 'confirmed') {
        confirmed.total += 1;
        confirmed.bySector[sector] = (confirmed.bySector[sector] ?? 0) + 1;
      }
    }
    expect(confirmed.total).toBe(7);
    expect(confirmed.bySector.health).toBe(2);
  });
});

describe('guestsFit', () => {
  it('holds seats for guests only while confirmed and held seats stay within the capacity', () => {
    const room = aRoom({
      capacity: 10,
      confirmed: { total: 7, bySector: {} },
      held: { total: 1, bySector: {} },
    });
    expect(guestsFit(room, [null, 'ngo'])).toBe(true);
    expect(guestsFit(room, [null, 'ngo', 'health'])).toBe(false);
    expect(guestsFit({ ...room, capacity: 8 }, [null])).toBe(false);
    expect(guestsFit(room, [])).toBe(true);
  });

  it('counts guests of a sector against its quota, together with the seats that sector already holds', () => {
    const room = aRoom({
      quotas: { health: 3 },
      confirmed: { total: 2, bySector: { health: 2 } },
    });
    expect(guestsFit(room, ['health'])).toBe(true);
    expect(guestsFit(room, ['health', 'health'])).toBe(false);
    expect(guestsFit({ ...room, held: { total: 1, bySector: { health: 1 } } }, ['health'])).toBe(false);
    // A guest with no sector yet is within the capacity; the quota binds when they register with one.
    expect(guestsFit(room, ['health', null, 'ngo'])).toBe(true);
  });
});

describe('promoteFromWaitList', () => {
  const queue = [
    { id: 'a', sector: 'health' as const },
    { id: 'b', sector: 'ngo' as const },
    { id: 'c', sector: 'education' as const },
  ];

  it('promotes the earliest in the queue into the seats that are free', () => {
    const room = aRoom({ capacity: 10, confirmed: { total: 9, bySector: {} } });
    expect(promoteFromWaitList(room, queue)).toEqual(['a']);
    expect(promoteFromWaitList({ ...room, capacity: 11 }, queue)).toEqual(['a', 'b']);
  });

  it('passes over someone whose sector is full, who keeps their place', () => {
    const room = aRoom({
      capacity: 10,
      quotas: { health: 3 },
      confirmed: { total: 9, bySector: { health: 3 } },
    });
    expect(promoteFromWaitList(room, queue)).toEqual(['b']);
  });

  it('fills a quota only up to its limit within one promotion', () => {
    const room = aRoom({ capacity: 10, quotas: { health: 1 }, confirmed: { total: 0, bySector: {} } });
    const healthFirst = [
      { id: 'h1', sector: 'health' as const },
      { id: 'h2', sector: 'health' as const },
      { id: 'n1', sector: 'ngo' as const },
    ];
    expect(promoteFromWaitList(room, healthFirst)).toEqual(['h1', 'n1']);
  });

  it('promotes nobody while held and confirmed seats fill the room', () => {
    const room = aRoom({
      capacity: 10,
      confirmed: { total: 8, bySector: {} },
      held: { total: 2, bySector: {} },
    });
    expect(promoteFromWaitList(room, queue)).toEqual([]);
    expect(promoteFromWaitList(aRoom(), [])).toEqual([]);
  });
});

describe('anyPromotable', () => {
  it('says yes exactly when promoteFromWaitList would promote someone', () => {
    const sector = fc.constantFrom(...SECTORS);
    const seats = fc.dictionary(sector, fc.nat(6)) as fc.Arbitrary<Partial<Record<Sector, number>>>;
    fc.assert(
      fc.property(
        fc.nat(20),
        seats,
        seats,
        fc.nat(4),
        fc.array(sector, { maxLength: 12 }),
        (capacity, quotas, confirmedBySector, heldTotal, waiting) => {
          const total = Object.values(confirmedBySector).reduce((sum, n) => sum + (n ?? 0), 0);
          const room = aRoom({
            capacity,
            quotas,
            confirmed: { total, bySector: confirmedBySector },
            held: { total: heldTotal, bySector: {} },
          });
          const queue = waiting.map((s, i) => ({ id: `r${i}`, sector: s }));
          const bySector: Partial<Record<Sector, number>> = {};
          for (const s of waiting) bySector[s] = (bySector[s] ?? 0) + 1;
          expect(anyPromotable(room, bySector)).toBe(promoteFromWaitList(room, queue).length > 0);
        },
      ),
    );
  });

  it('is no while every sector with people waiting is full, however long the queue', () => {
    const room = aRoom({
      capacity: 100,
      quotas: { health: 2 },
      confirmed: { total: 2, bySector: { health: 2 } },
    });
    expect(anyPromotable(room, { health: 300, ngo: 0 })).toBe(false);
    expect(anyPromotable(room, { health: 300, ngo: 1 })).toBe(true);
  });
});
