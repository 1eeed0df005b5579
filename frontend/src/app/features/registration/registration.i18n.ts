import type { RegistrationStatus } from '@roundtable/contracts';
import type { Translation } from '../../core/i18n/translation';
import { registerTexts } from '../../core/i18n/texts';

/** The public form is general UI (lowercase „вие“); the manage page's texts are in manage.i18n.ts. */
const bg = {
  register: {
    title: 'Регистрация',
    heading: 'Регистрация за участие',
    intro: 'Моля, попълнете данните си. Полетата, отбелязани със звездичка, са задължителни.',
    backToEvent: 'Обратно към събитието',
    personal: 'Лични данни',
    work: 'Организация',
    needsHeading: 'Участие',
    firstName: 'Име',
    lastName: 'Фамилия',
    email: 'Имейл',
    emailHint: 'На този адрес ще получите потвърждение и връзка за управление на регистрацията.',
    sector: 'Сектор',
    municipality: 'Община',
    municipalityHint: 'Започнете да пишете името на общината или областта.',
    municipalityOption: '{municipality} (обл. {province})',
    organization: 'Организация',
    position: 'Длъжност',
    phone: 'Телефон',
    accessibilityNeeds: 'Специални нужди (достъпност, превод, хранене)',
    language: 'Език на писмата',
    consents: 'Съгласия',
    noticeVersion: 'Съгласията се дават според уведомлението за поверителност, версия {version}.',
    privacyNotice: 'Уведомление за поверителност',
    privacyText:
      'Организаторите обработват данните Ви само за организирането на събитието и за целите, за които сте дали ' +
      'съгласие. Можете да оттеглите съгласие, да откажете участие или да изтриете данните си по всяко време ' +
      'чрез връзката от писмото.',
    submit: 'Регистрирай ме',
    sendAgain: 'Формулярът не можа да бъде изпратен. Попълненото е запазено: моля, изпратете го отново.',
    result: {
      confirmed: 'Регистрацията е потвърдена',
      waitlisted: 'Включени сте в списъка на чакащите',
      pending: 'Регистрацията очаква одобрение',
    } satisfies Partial<Record<RegistrationStatus, string>>,
    resultText: {
      confirmed: 'Благодарим Ви! Мястото Ви на събитието е запазено.',
      waitlisted: 'Всички места са заети. Ще Ви уведомим по имейл, ако се освободи място.',
      pending: 'Организаторите ще прегледат регистрацията Ви и ще Ви уведомят по имейл.',
    } satisfies Partial<Record<RegistrationStatus, string>>,
    waitlistPosition: 'Място в списъка на чакащите: {position}',
    nextStep:
      'Изпратихме писмо на {email} с връзка, чрез която можете да промените данните си или да откажете ' +
      'участие. Ако не го виждате, моля, проверете папката за нежелана поща.',
  },
  lostLink: {
    heading: 'Загубена връзка',
    text: 'Регистрирали сте се, но не намирате писмото? Въведете имейла си и ще Ви изпратим връзката отново.',
    email: 'Имейл',
    submit: 'Изпрати връзката',
    sent:
      'Ако на този адрес има регистрация за събитието, до няколко минути ще получите писмо с връзката. Моля, ' +
      'проверете и папката за нежелана поща.',
  },
};

const en: Translation<typeof bg> = {
  register: {
    title: 'Registration',
    heading: 'Register to take part',
    intro: 'Please fill in your details. Fields marked with an asterisk are required.',
    backToEvent: 'Back to the event',
    personal: 'About you',
    work: 'Organisation',
    needsHeading: 'Taking part',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'E-mail',
    emailHint: 'We will send the confirmation and a link to manage your registration to this address.',
    sector: 'Sector',
    municipality: 'Municipality',
    municipalityHint: 'Start typing the name of the municipality or the province.',
    municipalityOption: '{municipality} ({province} province)',
    organization: 'Organisation',
    position: 'Position',
    phone: 'Phone',
    accessibilityNeeds: 'Particular needs (access, interpretation, diet)',
    language: 'Language of the e-mails',
    consents: 'Consents',
    noticeVersion: 'The consents are given under the privacy notice, version {version}.',
    privacyNotice: 'Privacy notice',
    privacyText:
      'The organisers process your data only to organise the event and for the purposes you agree to. You can ' +
      'withdraw a consent, cancel or delete your data at any time through the link in the e-mail.',
    submit: 'Register me',
    sendAgain: 'The form could not be sent. What you entered is kept: please send it again.',
    result: {
      confirmed: 'Your registration is confirmed',
      waitlisted: 'You are on the waiting list',
      pending: 'Your registration awaits approval',
    },
    resultText: {
      confirmed: 'Thank you! Your seat at the event is reserved.',
      waitlisted: 'All seats are taken. We will e-mail you if a seat becomes free.',
      pending: 'The organisers will review your registration and let you know by e-mail.',
    },
    waitlistPosition: 'Your place on the waiting list: {position}',
    nextStep:
      'We have sent an e-mail to {email} with a link to change your details or cancel. If you do not see it, ' +
      'please check your spam folder.',
  },
  lostLink: {
    heading: 'Lost your link?',
    text: 'Registered but cannot find the e-mail? Enter your address and we will send the link again.',
    email: 'E-mail',
    submit: 'Send the link',
    sent:
      'If this address is registered for the event, an e-mail with the link will arrive within a few minutes. ' +
      'Please check your spam folder too.',
  },
};

export const registrationText = { bg, en };
// Loaded with the pages that import this file, not with the app: see core/i18n/texts.ts.
registerTexts(registrationText);
