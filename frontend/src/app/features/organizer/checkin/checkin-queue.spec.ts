import {
  CHECKIN_QUEUE_KEY,
  CheckinQueue,
  type KeyValueStore,
  type QueuedCheckin,
  type SendOutcome,
} from './checkin-queue';

/** localStorage's behaviour, without a DOM. */
class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const C = 'cccccccc-0000-4000-8000-000000000003';

function item(registrationId: string, at = '2026-12-02T07:12:00.000Z'): QueuedCheckin {
  return { registrationId, at };
}

/** A server that answers from a script and remembers what reached it. */
function server(script: (item: QueuedCheckin) => SendOutcome) {
  const received: QueuedCheckin[] = [];
  const send = jest.fn(async (queued: QueuedCheckin) => {
    received.push(queued);
    return script(queued);
  });
  return { received, send };
}

describe('CheckinQueue', () => {
  let store: MemoryStore;

  beforeEach(() => {
    store = new MemoryStore();
  });

  it('keeps check-ins in the store, one per person, the first time standing', () => {
    const queue = new CheckinQueue(store, jest.fn());
    expect(queue.add(item(A, '2026-12-02T07:10:00.000Z'))).toBe(true);
    expect(queue.add(item(B))).toBe(true);
    expect(queue.add(item(A, '2026-12-02T07:20:00.000Z'))).toBe(false);

    // A reload (a new queue on the same store) finds them, in order.
    const again = new CheckinQueue(store, jest.fn());
    expect(again.items()).toEqual([item(A, '2026-12-02T07:10:00.000Z'), item(B)]);
    expect(again.size).toBe(2);
  });

  it('sends in the order they were made, with the time of the door, and empties the store', async () => {
    const { received, send } = server(() => ({ kind: 'sent', already: false }));
    const queue = new CheckinQueue(store, send);
    queue.add(item(A, '2026-12-02T07:10:00.000Z'));
    queue.add(item(B, '2026-12-02T07:11:00.000Z'));
    queue.add(item(C, '2026-12-02T07:12:00.000Z'));

    const report = await queue.flush();

    expect(received.map((each) => [each.registrationId, each.at])).toEqual([
      [A, '2026-12-02T07:10:00.000Z'],
      [B, '2026-12-02T07:11:00.000Z'],
      [C, '2026-12-02T07:12:00.000Z'],
    ]);
    expect(report.sent.map((each) => each.registrationId)).toEqual([A, B, C]);
    expect(report.left).toBe(0);
    expect(store.getItem(CHECKIN_QUEUE_KEY)).toBeNull();
  });

  it('stops at the first network failure, keeps the rest, and sends them next time without doubles', async () => {
    let online = true;
    const { received, send } = server((queued) =>
      !online || queued.registrationId === B ? { kind: 'retry' } : { kind: 'sent', already: false },
    );
    const queue = new CheckinQueue(store, send);
    queue.add(item(A));
    queue.add(item(B));
    queue.add(item(C));

    const first = await queue.flush();
    expect(first.sent.map((each) => each.registrationId)).toEqual([A]);
    expect(first.left).toBe(2);
    // C waits behind B: the order holds.
    expect(received.map((each) => each.registrationId)).toEqual([A, B]);
    expect(queue.items().map((each) => each.registrationId)).toEqual([B, C]);

    online = false;
    expect((await queue.flush()).left).toBe(2);

    online = true;
    send.mockImplementation(async (queued) => {
      received.push(queued);
      return { kind: 'sent', already: false };
    });
    await queue.flush();
    expect(received.filter((each) => each.registrationId === A)).toHaveLength(1);
    expect(received.filter((each) => each.registrationId === C)).toHaveLength(1);
    expect(queue.size).toBe(0);
  });

  it('treats a thrown error as a network failure', async () => {
    const queue = new CheckinQueue(store, () => Promise.reject(new Error('offline')));
    queue.add(item(A));
    expect(await queue.flush()).toEqual({ sent: [], refused: [], left: 1 });
    expect(queue.has(A)).toBe(true);
  });

  it('accepts "already" as done and drops a refusal, reporting it', async () => {
    const { send } = server((queued) =>
      queued.registrationId === A
        ? { kind: 'sent', already: true, name: 'Мария Петрова' }
        : { kind: 'refused', reason: 'REGISTRATION_NOT_ACTIVE' },
    );
    const queue = new CheckinQueue(store, send);
    queue.add(item(A));
    queue.add(item(B));

    const report = await queue.flush();
    expect(report.sent).toEqual([{ ...item(A), name: 'Мария Петрова' }]);
    expect(report.refused).toEqual([{ item: item(B), reason: 'REGISTRATION_NOT_ACTIVE' }]);
    expect(queue.size).toBe(0);
  });

  it('never sends twice when a second round is asked for while one runs', async () => {
    let answer: (outcome: SendOutcome) => void = () => undefined;
    const received: string[] = [];
    const queue = new CheckinQueue(store, (queued) => {
      received.push(queued.registrationId);
      return new Promise<SendOutcome>((resolve) => (answer = resolve));
    });
    queue.add(item(A));

    const first = queue.flush();
    const second = queue.flush();
    expect(second).toBe(first);
    answer({ kind: 'sent', already: false });
    await first;
    await queue.flush();

    expect(received).toEqual([A]);
  });

  it('forgets a check-in undone before it was sent', async () => {
    const { received, send } = server(() => ({ kind: 'sent', already: false }));
    const queue = new CheckinQueue(store, send);
    queue.add(item(A));
    queue.add(item(B));
    expect(queue.remove(A)).toBe(true);
    expect(queue.remove(A)).toBe(false);

    await queue.flush();
    expect(received.map((each) => each.registrationId)).toEqual([B]);
  });

  it('reads a damaged store as empty rather than failing the page', () => {
    store.setItem(CHECKIN_QUEUE_KEY, '{not json');
    expect(new CheckinQueue(store, jest.fn()).items()).toEqual([]);
    store.setItem(CHECKIN_QUEUE_KEY, JSON.stringify([{ registrationId: A, at: 'x' }, { nonsense: 1 }]));
    expect(new CheckinQueue(store, jest.fn()).items()).toEqual([{ registrationId: A, at: 'x' }]);
  });
});
