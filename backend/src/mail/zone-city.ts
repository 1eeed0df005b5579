import type { Language } from '@roundtable/contracts';

/**
 * Bulgarian names of the cities whose zones an event abroad most likely uses. Intl has no city names (its
 * "generic location" gives the country for one-zone countries: „Обединеното кралство“ for London), and an
 * IANA id is not for people to read.
 */
const BULGARIAN_CITIES: Record<string, string> = {
  'Europe/Amsterdam': 'Амстердам',
  'Europe/Athens': 'Атина',
  'Europe/Belgrade': 'Белград',
  'Europe/Berlin': 'Берлин',
  'Europe/Bratislava': 'Братислава',
  'Europe/Brussels': 'Брюксел',
  'Europe/Bucharest': 'Букурещ',
  'Europe/Budapest': 'Будапеща',
  'Europe/Chisinau': 'Кишинев',
  'Europe/Copenhagen': 'Копенхаген',
  'Europe/Dublin': 'Дъблин',
  'Europe/Helsinki': 'Хелзинки',
  'Europe/Istanbul': 'Истанбул',
  'Europe/Kyiv': 'Киев',
  'Europe/Lisbon': 'Лисабон',
  'Europe/Ljubljana': 'Любляна',
  'Europe/London': 'Лондон',
  'Europe/Luxembourg': 'Люксембург',
  'Europe/Madrid': 'Мадрид',
  'Europe/Malta': 'Малта',
  'Europe/Minsk': 'Минск',
  'Europe/Moscow': 'Москва',
  'Europe/Nicosia': 'Никозия',
  'Asia/Nicosia': 'Никозия',
  'Europe/Oslo': 'Осло',
  'Europe/Paris': 'Париж',
  'Europe/Podgorica': 'Подгорица',
  'Europe/Prague': 'Прага',
  'Europe/Riga': 'Рига',
  'Europe/Rome': 'Рим',
  'Europe/Sarajevo': 'Сараево',
  'Europe/Skopje': 'Скопие',
  'Europe/Sofia': 'София',
  'Europe/Stockholm': 'Стокхолм',
  'Europe/Tallinn': 'Талин',
  'Europe/Tirane': 'Тирана',
  'Europe/Vienna': 'Виена',
  'Europe/Vilnius': 'Вилнюс',
  'Europe/Warsaw': 'Варшава',
  'Europe/Zagreb': 'Загреб',
  'Europe/Zurich': 'Цюрих',
  'America/New_York': 'Ню Йорк',
  'America/Chicago': 'Чикаго',
  'America/Los_Angeles': 'Лос Анджелис',
  'America/Toronto': 'Торонто',
  'Asia/Dubai': 'Дубай',
  'Asia/Jerusalem': 'Йерусалим',
  'Asia/Tokyo': 'Токио',
};

/**
 * The city a zone is named after, for "local time, London". English takes it from the IANA id, whose city
 * names are English by rule; Bulgarian from the table, else from Intl's generic location (a city or a
 * country, never an id).
 */
export function zoneCity(timeZone: string, language: Language): string {
  if (language === 'bg' && BULGARIAN_CITIES[timeZone]) return BULGARIAN_CITIES[timeZone];
  const [area, ...rest] = timeZone.split('/');
  const city = rest.at(-1);
  if (language === 'en' && city && area !== 'Etc') return city.replace(/_/g, ' ');
  return (
    new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'shortGeneric' })
      .formatToParts(0)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  );
}
