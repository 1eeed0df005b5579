import type { OrganisationInput } from '@roundtable/contracts';

/** The foundation the demo speaks for, from its own pages (/work/shared/reference). */
export const DEMO_ORGANISATION: OrganisationInput = {
  nameBg: 'Фондация „За Нашите Деца“',
  nameEn: 'For Our Children Foundation',
  address: 'кв. Сердика, ул. „Гюешево“ 21, 1303 София, България',
  contactEmail: 'office@example.org',
  privacyNoticeBg: [
    'Фондация „За Нашите Деца“ обработва личните Ви данни (име, имейл, организация, длъжност, сектор, община,',
    'телефон и специални нужди), за да организира събитието, за което се регистрирате: да Ви изпрати',
    'потвърждение, покана за календара и промени, и да подготви списъка на участниците.',
    '',
    'Данните се пазят до една година след събитието, след което се анонимизират. Можете по всяко време да',
    'видите, промените или изтриете данните си чрез личната връзка от писмото за регистрация, или да ни пишете',
    'на office@example.org.',
  ].join('\n'),
  privacyNoticeEn: [
    'For Our Children Foundation processes your personal data (name, e-mail, organisation, position, sector,',
    'municipality, phone and access needs) to organise the event you register for: to send you a confirmation,',
    'a calendar invitation and changes, and to prepare the list of participants.',
    '',
    'The data are kept for one year after the event and then anonymised. You can see, change or delete your data',
    'at any time through the personal link in your registration e-mail, or write to us at office@example.org.',
  ].join('\n'),
  privacyNoticeVersion: '2026-12',
};
