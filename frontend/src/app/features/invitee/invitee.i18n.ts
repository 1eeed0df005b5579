import type { InvitationRole } from '@roundtable/contracts';
import type { Translation } from '../../core/i18n/translation';
import { registerTexts } from '../../core/i18n/texts';

const bg = {
  invitee: {
    eyebrow: 'Лична покана',
    greeting: 'Здравейте, {name},',
    invitedAs: {
      panelist: 'Каним Ви да участвате като панелист в:',
      speaker: 'Каним Ви да участвате като лектор в:',
      moderator: 'Каним Ви да бъдете модератор на:',
      guest: 'Каним Ви като гост на:',
    } satisfies Record<InvitationRole, string>,
    draftNote: 'Събитието все още не е публикувано: подробностите може да се променят.',
    cancelled: 'Събитието е отменено. Не е нужно да отговаряте на поканата.',
    details: 'Вашата покана',
    role: 'Роля',
    organization: 'Организация',
    position: 'Длъжност',
    messageHeading: 'Съобщение от организаторите',
    respondBy: 'Моля, отговорете до {date}.',
    answerHeading: 'Вашият отговор',
    current: {
      pending: 'Все още не сте отговорили.',
      accepted: 'Потвърдихте, че ще участвате.',
      tentative: 'Отговорихте „Може би“. Моля, потвърдете, когато имате яснота.',
      declined: 'Отговорихте, че не можете да присъствате.',
    },
    yourComment: 'Вашият коментар: „{comment}“',
    canChange: 'Можете да промените отговора си, докато поканата е активна.',
    comment: 'Коментар към организаторите (по желание)',
    accept: 'Приемам',
    tentative: 'Може би',
    decline: 'Не мога да присъствам',
    deputy: 'Ще изпратя заместник',
    deputyIntro:
      'Посочете кой ще дойде вместо Вас. Вашият заместник ще получи своя лична покана по имейл, а Вашата ще ' +
      'бъде закрита.',
    deputyName: 'Име на заместника',
    deputyEmail: 'Имейл на заместника',
    deputySubmit: 'Изпращам поканата на заместника',
    deputyCancel: 'Назад',
    guestIntro:
      'За да потвърдите участието си, моля, попълнете данните си за регистрация. Попълнили сме това, което ' +
      'вече знаем от поканата.',
    guestEmail: 'Потвърждението ще бъде изпратено на {email}.',
    guestSubmit: 'Потвърждавам участието си',
    guestRegistered:
      'Регистрацията Ви е потвърдена. Ако трябва да промените данните си или да се откажете, моля, използвайте ' +
      'връзката от писмото за потвърждение.',
    saved: {
      accepted: 'Благодарим Ви! Отбелязахме, че ще участвате.',
      tentative: 'Благодарим Ви! Отбелязахме отговор „Може би“.',
      declined: 'Благодарим Ви, че ни уведомихте. Отбелязахме, че не можете да присъствате.',
      delegated: 'Благодарим Ви! Поканата до {name} се изпраща.',
    },
    delegated: 'Поканата е предадена на {name}. Благодарим Ви за съдействието!',
    delegatedUnknown: 'Поканата е предадена на Вашия заместник, който получава своя лична покана по имейл.',
    revoked: 'Организаторите оттеглиха тази покана. Ако смятате, че има грешка, моля, свържете се с тях.',
    expired:
      'Срокът за отговор на тази покана изтече. Ако все още искате да участвате, моля, свържете се с ' +
      'организаторите.',
    revokedHeading: 'Поканата е оттеглена',
    notFoundHeading: 'Поканата не е намерена',
    notFoundText:
      'Връзката може да е непълна или поканата вече да не съществува. Моля, отворете цялата връзка от писмото или се ' +
      'свържете с организаторите.',
    profileHeading: 'Вашето представяне на страницата на събитието',
    profileIntro:
      'По желание: кратко представяне и снимка. Публикуваме името, снимката и представянето Ви само с ' +
      'Вашето съгласие.',
    bio: 'Кратко представяне (по желание)',
    photo: 'Снимка (JPEG, PNG или WebP, до 5 MB)',
    photoChosen: 'Избран файл: {file}',
    photoUploaded: 'Вече сте качили снимка. Нов файл ще я замени.',
    consents: 'Съгласия',
    consentsWithdraw:
      'Можете да оттеглите съгласието си по всяко време: махнете отметката и запазете представянето.',
    saveProfile: 'Запази представянето',
    profileSaved: 'Представянето е запазено.',
    photoFailed: 'Представянето е запазено, но снимката не беше приета: {reason}',
  },
};

const en: Translation<typeof bg> = {
  invitee: {
    eyebrow: 'Personal invitation',
    greeting: 'Dear {name},',
    invitedAs: {
      panelist: 'we invite you to take part as a panelist in:',
      speaker: 'we invite you to take part as a speaker in:',
      moderator: 'we invite you to moderate:',
      guest: 'we invite you as a guest to:',
    },
    draftNote: 'The event is not published yet: details may still change.',
    cancelled: 'The event has been cancelled. There is no need to answer the invitation.',
    details: 'Your invitation',
    role: 'Role',
    organization: 'Organisation',
    position: 'Position',
    messageHeading: 'A message from the organisers',
    respondBy: 'Please answer by {date}.',
    answerHeading: 'Your answer',
    current: {
      pending: 'You have not answered yet.',
      accepted: 'You confirmed that you will take part.',
      tentative: 'You answered “Maybe”. Please confirm once you know for certain.',
      declined: 'You answered that you cannot attend.',
    },
    yourComment: 'Your comment: “{comment}”',
    canChange: 'You can change your answer while the invitation is active.',
    comment: 'Comment to the organisers (optional)',
    accept: 'I accept',
    tentative: 'Maybe',
    decline: 'I cannot attend',
    deputy: 'I will send a deputy',
    deputyIntro:
      'Tell us who will come in your place. Your deputy gets their own personal invitation by e-mail, and yours ' +
      'is closed.',
    deputyName: 'Deputy’s name',
    deputyEmail: 'Deputy’s e-mail',
    deputySubmit: 'Send the invitation to my deputy',
    deputyCancel: 'Back',
    guestIntro:
      'To confirm that you will take part, please fill in your registration details. We have filled in what the ' +
      'invitation already tells us.',
    guestEmail: 'We will send the confirmation to {email}.',
    guestSubmit: 'Confirm my participation',
    guestRegistered:
      'Your registration is confirmed. To change your details or cancel, please use the link in the ' +
      'confirmation e-mail.',
    saved: {
      accepted: 'Thank you! We have noted that you will take part.',
      tentative: 'Thank you! We have noted your “Maybe”.',
      declined: 'Thank you for letting us know. We have noted that you cannot attend.',
      delegated: 'Thank you! The invitation to {name} is on its way.',
    },
    delegated: 'The invitation has been passed to {name}. Thank you for your help!',
    delegatedUnknown:
      'The invitation has been passed to your deputy, who gets their own invitation by e-mail.',
    revoked:
      'The organisers have withdrawn this invitation. If you think this is a mistake, please contact them.',
    expired:
      'The time to answer this invitation has passed. If you would still like to take part, please contact the organisers.',
    revokedHeading: 'The invitation was withdrawn',
    notFoundHeading: 'Invitation not found',
    notFoundText:
      'The link may be incomplete, or the invitation no longer exists. Open the whole link from the e-mail, or ' +
      'contact the organisers.',
    profileHeading: 'Your bio on the event page',
    profileIntro:
      'Optional: a short bio and a photo. We publish your name, photo and bio only with your consent.',
    bio: 'Short bio (optional)',
    photo: 'Photo (JPEG, PNG or WebP, up to 5 MB)',
    photoChosen: 'Chosen file: {file}',
    photoUploaded: 'You have already uploaded a photo. A new file replaces it.',
    consents: 'Consent',
    consentsWithdraw: 'You can withdraw your consent at any time: untick the box and save your bio.',
    saveProfile: 'Save bio',
    profileSaved: 'Your bio is saved.',
    photoFailed: 'Your bio is saved, but the photo was not accepted: {reason}',
  },
};

/** The invitee's personal page. */
export const inviteeText = { bg, en };
// Loaded with the pages that import this file, not with the app: see core/i18n/texts.ts.
registerTexts(inviteeText);
