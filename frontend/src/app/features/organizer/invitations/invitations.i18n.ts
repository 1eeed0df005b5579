import type { InvitationInput } from '@roundtable/contracts';
import type { Translation } from '../../../core/i18n/translation';
import { registerTexts } from '../../../core/i18n/texts';

const bg = {
  invitationField: {
    name: 'Име',
    email: 'Имейл',
    role: 'Роля',
    organization: 'Организация',
    position: 'Длъжност',
    sector: 'Сектор',
    language: 'Език',
    message: 'Съобщение',
    respondBy: 'Срок за отговор',
  } satisfies Record<keyof InvitationInput, string>,
  invitations: {
    heading: 'Покани',
    intro:
      'Поканете панелисти, лектори, модератори и гости. Всеки получава писмо с лична връзка, през която ' +
      'отговаря, без да създава профил.',
    cancelledBanner: 'Събитието е отменено: не могат да се изпращат нови покани.',
    inviteHeading: 'Покани участник',
    name: 'Име',
    email: 'Имейл',
    role: 'Роля',
    organization: 'Организация (по желание)',
    position: 'Длъжност (по желание)',
    sector: 'Сектор (по желание)',
    noSector: 'Не е посочен',
    language: 'Език на поканата',
    respondBy: 'Срок за отговор (по желание)',
    respondByHint: 'Часовете са посочени по {zone}.',
    message: 'Лично съобщение (по желание)',
    messageHint: 'Включва се в писмото с поканата.',
    submit: 'Изпрати поканата',
    sending: 'Изпращане…',
    invited: 'Поканата до {name} се изпраща.',
    bulkHeading: 'Групово поканване',
    bulkIntro:
      'Поставете редове, копирани от таблица (Excel, LibreOffice, Google Sheets), или изберете CSV файл. ' +
      'Първият ред е заглавният.',
    bulkColumns:
      'Колони: Име, Имейл, Роля, Организация, Длъжност, Сектор, Език (или name, email, role, organization, ' +
      'position, sector, language). Задължителни са име, имейл и роля. Разделител: табулация, запетая или ' +
      'точка и запетая.',
    bulkValues:
      'Роля: панелист, лектор, модератор или гост. Сектор: общинска администрация, държавна администрация, ' +
      'образование, здравеопазване, социални услуги, НПО или друго. Език: български или английски; без него се ' +
      'използва езикът на събитието. Приемат се и английските кодове (panelist, health, en…).',
    bulkExample: 'Пример',
    bulkRows: 'Редове за поканване',
    bulkFile: 'Или изберете CSV файл',
    bulkFileLoaded:
      'Файлът {file} е зареден в полето по-горе (редове с данни: {rows}). Моля, прегледайте го и изпратете.',
    bulkFileUnreadable: 'Файлът {file} не можа да бъде прочетен.',
    bulkRespondBy: 'Отговор до (за всички редове, по желание)',
    bulkMessage: 'Съобщение към всички (по желание)',
    bulkSubmit: 'Изпрати поканите',
    bulkSent: 'Изпращат се покани: {count}.',
    bulkErrors: 'Нито една покана не е изпратена. Моля, поправете следното и опитайте отново:',
    bulkRowError: 'Ред {line}: {field} – {message}',
    bulkRowErrorNoField: 'Ред {line}: {message}',
    bulkAllowed: 'Допустими стойности: {values}.',
    bulkUnknownColumn: 'Непозната колона „{column}“ в заглавния ред.',
    listHeading: 'Поканени',
    empty: 'Все още няма покани.',
    summary: 'Поканите по статус',
    total: 'Общо: {count}',
    refresh: 'Обнови списъка',
    organizationLine: '{position}, {organization}',
    respondByLine: 'Срок за отговор: {date}',
    respondedAt: 'Отговорено на {date}',
    respondedViaCalendar: 'от календара',
    comment: 'Коментар: „{comment}“',
    delegatedTo: 'Предадена на {name} ({email})',
    delegatedFrom: 'Заместник на {name}',
    delivery: 'Поканата по имейл:',
    deliverySent: 'на {date}',
    deliveryAttempts: 'опити: {attempts}',
    deliveryError: 'Грешка: {error}',
    deliveryUnknown: 'няма данни',
    actions: 'Действия',
    resend: 'Изпрати отново',
    resendLabel: 'Изпрати отново: {name}',
    remind: 'Напомни',
    remindLabel: 'Напомни: {name}',
    revoke: 'Оттегли',
    revokeLabel: 'Оттегли: {name}',
    resent: 'Поканата до {name} се изпраща отново.',
    reminded: 'Напомнянето до {name} се изпраща.',
    revoked: 'Поканата до {name} е оттеглена.',
  },
  revokeDialog: {
    heading: 'Оттегляне на поканата',
    text:
      '{name} ще получи писмо, че поканата е оттеглена, и събитието ще бъде премахнато от календара. ' +
      'Оттеглената покана не може да бъде възстановена.',
    back: 'Назад',
    confirm: 'Оттегли поканата',
  },
};

const en: Translation<typeof bg> = {
  invitationField: {
    name: 'Name',
    email: 'E-mail',
    role: 'Role',
    organization: 'Organisation',
    position: 'Position',
    sector: 'Sector',
    language: 'Language',
    message: 'Message',
    respondBy: 'Reply by',
  },
  invitations: {
    heading: 'Invitations',
    intro:
      'Invite panelists, speakers, moderators and guests. Each gets an e-mail with a personal link to answer ' +
      'through, without creating an account.',
    cancelledBanner: 'The event is cancelled: no new invitations can be sent.',
    inviteHeading: 'Invite someone',
    name: 'Name',
    email: 'E-mail',
    role: 'Role',
    organization: 'Organisation (optional)',
    position: 'Position (optional)',
    sector: 'Sector (optional)',
    noSector: 'Not given',
    language: 'Invitation language',
    respondBy: 'Reply by (optional)',
    respondByHint: 'Times are given in {zone}.',
    message: 'Personal message (optional)',
    messageHint: 'Included in the invitation e-mail.',
    submit: 'Send invitation',
    sending: 'Sending…',
    invited: 'The invitation to {name} is on its way.',
    bulkHeading: 'Invite a group',
    bulkIntro:
      'Paste rows copied from a spreadsheet (Excel, LibreOffice, Google Sheets) or choose a CSV file. ' +
      'The first row is the header.',
    bulkColumns:
      'Columns: name, email, role, organization, position, sector, language (or the Bulgarian Име, Имейл, Роля, ' +
      'Организация, Длъжност, Сектор, Език). Name, e-mail and role are required. Separator: tab, comma or ' +
      'semicolon.',
    bulkValues:
      'Role: panelist, speaker, moderator or guest. Sector: municipal, government, education, health, social, ' +
      'ngo or other. Language: bg or en; without it the event’s language is used. The Bulgarian words ' +
      '(панелист, здравеопазване, български…) work too.',
    bulkExample: 'Example',
    bulkRows: 'Rows to invite',
    bulkFile: 'Or choose a CSV file',
    bulkFileLoaded:
      'The file {file} is loaded into the field above (data rows: {rows}). Please check it and send.',
    bulkFileUnreadable: 'The file {file} could not be read.',
    bulkRespondBy: 'Reply by (for all rows, optional)',
    bulkMessage: 'Message to everyone (optional)',
    bulkSubmit: 'Send invitations',
    bulkSent: 'Invitations on their way: {count}.',
    bulkErrors: 'No invitation was sent. Please fix the following and try again:',
    bulkRowError: 'Line {line}: {field} – {message}',
    bulkRowErrorNoField: 'Line {line}: {message}',
    bulkAllowed: 'Allowed values: {values}.',
    bulkUnknownColumn: 'Unknown column “{column}” in the header row.',
    listHeading: 'Invited',
    empty: 'No invitations yet.',
    summary: 'Invitations by status',
    total: 'Total: {count}',
    refresh: 'Refresh list',
    organizationLine: '{position}, {organization}',
    respondByLine: 'Reply by: {date}',
    respondedAt: 'Answered on {date}',
    respondedViaCalendar: 'from the calendar',
    comment: 'Comment: “{comment}”',
    delegatedTo: 'Passed to {name} ({email})',
    delegatedFrom: 'Deputy of {name}',
    delivery: 'Invitation e-mail:',
    deliverySent: 'on {date}',
    deliveryAttempts: 'attempts: {attempts}',
    deliveryError: 'Error: {error}',
    deliveryUnknown: 'no data',
    actions: 'Actions',
    resend: 'Send again',
    resendLabel: 'Send again: {name}',
    remind: 'Remind',
    remindLabel: 'Remind: {name}',
    revoke: 'Withdraw',
    revokeLabel: 'Withdraw: {name}',
    resent: 'The invitation to {name} is on its way again.',
    reminded: 'A reminder to {name} is on its way.',
    revoked: 'The invitation to {name} is withdrawn.',
  },
  revokeDialog: {
    heading: 'Withdraw the invitation',
    text:
      '{name} will get an e-mail saying the invitation is withdrawn, and the event will be removed from the calendar. ' +
      'A withdrawn invitation cannot be restored.',
    back: 'Back',
    confirm: 'Withdraw invitation',
  },
};

/** The organiser's invitations page: one invitation, a sheet of them, the list. */
export const invitationsText = { bg, en };
// Loaded with the pages that import this file, not with the app: see core/i18n/texts.ts.
registerTexts(invitationsText);
