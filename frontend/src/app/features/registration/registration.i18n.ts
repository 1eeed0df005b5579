import type { RegistrationStatus } from '@roundtable/contracts';
import type { Translation } from '../../core/i18n/translation';

/** The public form is general UI (lowercase „вие“); the manage page is a personal page (capital „Вие“). */
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
  manage: {
    title: 'Вашата регистрация',
    eyebrow: 'Лична страница',
    greeting: 'Здравейте, {name},',
    status: {
      pending: 'Регистрацията Ви очаква одобрение от организаторите.',
      confirmed: 'Регистрацията Ви е потвърдена. Очакваме Ви!',
      waitlisted: 'Вие сте в списъка на чакащите. Ще Ви уведомим по имейл, ако се освободи място.',
      cancelled: 'Регистрацията Ви е отказана. Благодарим Ви, че ни уведомихте.',
      rejected: 'За съжаление организаторите не одобриха регистрацията Ви.',
    } satisfies Record<RegistrationStatus, string>,
    qrHeading: 'Код за регистрация на място',
    qrAlt: 'QR код на Вашата регистрация',
    qrHint: 'Покажете кода на входа: така регистрацията на място е по-бърза.',
    detailsHeading: 'Вашите данни',
    save: 'Запази промените',
    saved: 'Промените са запазени.',
    cancelHeading: 'Отказ от участие',
    cancelText: 'Ако не можете да присъствате, моля, откажете участие, за да освободите мястото си за друг.',
    cancel: 'Откажи участие',
    cancelConfirmTitle: 'Да откажем ли участието Ви?',
    cancelConfirmText: 'Мястото Ви ще бъде освободено и предоставено на следващия в списъка на чакащите.',
    cancelConfirm: 'Откажи участие',
    back: 'Назад',
    eraseHeading: 'Изтриване на данните',
    eraseText:
      'Можете да изтриете личните си данни от регистрацията. Ако участието Ви е активно, то ще бъде отказано.',
    erase: 'Изтрий данните ми',
    eraseConfirmTitle: 'Да изтрием ли данните Ви?',
    eraseConfirmText:
      'Името, имейлът, телефонът и останалите Ви данни ще бъдат заличени окончателно. Това действие не може да ' +
      'бъде отменено и връзката от писмото ще спре да работи.',
    eraseConfirm: 'Изтрий окончателно',
    erased: 'Данните Ви са изтрити. Благодарим Ви!',
    notFoundHeading: 'Регистрацията не е намерена',
    notFoundText:
      'Връзката може да е непълна или данните вече да са изтрити. Моля, отворете цялата връзка от писмото.',
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
  manage: {
    title: 'Your registration',
    eyebrow: 'Personal page',
    greeting: 'Dear {name},',
    status: {
      pending: 'Your registration awaits the organisers’ approval.',
      confirmed: 'Your registration is confirmed. We look forward to seeing you!',
      waitlisted: 'You are on the waiting list. We will e-mail you if a seat becomes free.',
      cancelled: 'Your registration is cancelled. Thank you for letting us know.',
      rejected: 'We are sorry: the organisers did not approve your registration.',
    },
    qrHeading: 'Check-in code',
    qrAlt: 'QR code of your registration',
    qrHint: 'Show this code at the entrance for a quicker check-in.',
    detailsHeading: 'Your details',
    save: 'Save changes',
    saved: 'Your changes are saved.',
    cancelHeading: 'Cancel your place',
    cancelText: 'If you cannot come, please cancel so that your seat can go to someone else.',
    cancel: 'Cancel my place',
    cancelConfirmTitle: 'Cancel your place?',
    cancelConfirmText: 'Your seat will be freed and offered to the next person on the waiting list.',
    cancelConfirm: 'Cancel my place',
    back: 'Back',
    eraseHeading: 'Delete your data',
    eraseText: 'You can delete your personal data from this registration. An active place is cancelled too.',
    erase: 'Delete my data',
    eraseConfirmTitle: 'Delete your data?',
    eraseConfirmText:
      'Your name, e-mail, phone and other details will be erased for good. This cannot be undone, and the link ' +
      'in the e-mail will stop working.',
    eraseConfirm: 'Delete for good',
    erased: 'Your data have been deleted. Thank you!',
    notFoundHeading: 'Registration not found',
    notFoundText:
      'The link may be incomplete or the data already deleted. Please open the whole link from the e-mail.',
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
