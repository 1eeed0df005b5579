import { DateTime } from 'luxon';

/** Fixed-date official holidays (Labour Code, art. 154): month and day. */
const FIXED: [number, number][] = [
  [1, 1], // Нова година
  [3, 3], // Ден на Освобождението
  [5, 1], // Ден на труда
  [5, 6], // Гергьовден
  [5, 24], // Ден на светите братя Кирил и Методий
  [9, 6], // Ден на Съединението
  [9, 22], // Ден на Независимостта
  [12, 24], // Бъдни вечер
  [12, 25], // Коледа
  [12, 26], // Коледа
];

const date = (year: number, month: number, day: number) => DateTime.utc(year, month, day);
const isWeekend = (day: DateTime) => day.weekday >= 6;

/** Orthodox Easter Sunday: Meeus' Julian computus, moved 13 days to the Gregorian calendar (1900–2099). */
export function orthodoxEaster(year: number): string {
  const d = (19 * (year % 19) + 15) % 30;
  const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  return date(year, month, day).plus({ days: 13 }).toISODate() as string;
}

/**
 * Every official day off in a year, as ISO dates: the fixed holidays, Good Friday to Easter Monday, and, for
 * a fixed holiday on a Saturday or Sunday, the first working day after it (art. 154(2); Easter excepted).
 * Days the government moves by decree are not known in advance and are left out.
 */
export function bulgarianHolidays(year: number): Set<string> {
  const easter = DateTime.fromISO(orthodoxEaster(year), { zone: 'utc' });
  const days = new Set<string>(
    [-2, -1, 0, 1].map((offset) => easter.plus({ days: offset }).toISODate() as string),
  );
  const fixed = FIXED.map(([month, day]) => date(year, month, day));
  for (const day of fixed) days.add(day.toISODate() as string);
  for (const day of fixed.filter(isWeekend)) {
    let next = day.plus({ days: 1 });
    while (isWeekend(next) || days.has(next.toISODate() as string)) next = next.plus({ days: 1 });
    days.add(next.toISODate() as string);
  }
  return days;
}

/** The given ISO date if people work that day in Bulgaria, else the first such day after it. */
export function firstBulgarianWorkingDay(isoDate: string): string {
  let day = DateTime.fromISO(isoDate, { zone: 'utc' });
  while (isWeekend(day) || bulgarianHolidays(day.year).has(day.toISODate() as string)) {
    day = day.plus({ days: 1 });
  }
  return day.toISODate() as string;
}
