import type { RegistrationStatus } from '@roundtable/contracts';
import type { Translation } from '../../core/i18n/translation';
import { registerTexts } from '../../core/i18n/texts';

/**
 * The manage page, a personal page (capital „Вие“). Apart from the form's texts so that the registration form's
 * first load does not carry them (decision 0026).
 */
const bg = {
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
};

const en: Translation<typeof bg> = {
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
};

export const manageText = { bg, en };
// Loaded with the pages that import this file, not with the app: see core/i18n/texts.ts.
registerTexts(manageText);
