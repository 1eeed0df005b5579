import type { EntityManager } from 'typeorm';
import { CalendarHolders, type CalendarHolder } from './calendar-holders';

const holder = (key: string, email: string): CalendarHolder => ({
  key,
  email,
  name: 'Мария Петрова',
  language: 'bg',
  status: 'ACCEPTED',
});

describe('CalendarHolders', () => {
  const manager = {} as EntityManager;

  it('names a person once when an invitation and a registration both hold the event for them', async () => {
    const holders = new CalendarHolders();
    holders.register(async () => [
      holder('invitation:1', 'maria@example.bg'),
      holder('invitation:2', 'ivan@example.bg'),
    ]);
    holders.register(async () => [holder('registration:9', 'Maria@Example.bg ')]);
    const found = await holders.of(manager, 'event');
    expect(found.map((one) => one.key)).toEqual(['invitation:1', 'invitation:2']);
  });

  it('keeps everyone from every source when their addresses differ', async () => {
    const holders = new CalendarHolders();
    holders.register(async () => [holder('invitation:1', 'maria@example.bg')]);
    holders.register(async () => [holder('registration:9', 'petya@example.bg')]);
    expect((await holders.of(manager, 'event')).map((one) => one.key)).toEqual([
      'invitation:1',
      'registration:9',
    ]);
  });
});
