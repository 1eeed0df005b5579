import { ForegroundLoad, QUIET_AFTER_MS } from './foreground-load';

const T0 = Date.UTC(2031, 4, 1, 9, 0, 0);

describe('ForegroundLoad', () => {
  it('is quiet before any request', () => {
    expect(new ForegroundLoad().busyFor(T0)).toBe(0);
  });

  it('is busy while a request is under way, however long it takes', () => {
    const load = new ForegroundLoad();
    load.arrived();
    expect(load.busyFor(T0)).toBe(QUIET_AFTER_MS);
    expect(load.busyFor(T0 + 60_000)).toBe(QUIET_AFTER_MS);
  });

  it('stays busy until every request is answered, then for QUIET_AFTER_MS after the last answer', () => {
    const load = new ForegroundLoad();
    const first = load.arrived();
    const second = load.arrived();
    first(T0);
    expect(load.busyFor(T0 + 500)).toBe(QUIET_AFTER_MS);
    second(T0 + 1000);
    expect(load.busyFor(T0 + 1000)).toBe(QUIET_AFTER_MS);
    expect(load.busyFor(T0 + 1000 + QUIET_AFTER_MS - 30)).toBe(30);
    expect(load.busyFor(T0 + 1000 + QUIET_AFTER_MS)).toBe(0);
  });

  it('counts an answer once, however often it is given', () => {
    const load = new ForegroundLoad();
    const first = load.arrived();
    const second = load.arrived();
    first(T0);
    first(T0);
    expect(load.busyFor(T0 + 10 * QUIET_AFTER_MS)).toBe(QUIET_AFTER_MS);
    second(T0);
    expect(load.busyFor(T0 + QUIET_AFTER_MS)).toBe(0);
  });
});
