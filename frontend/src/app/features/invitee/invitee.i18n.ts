import type { InvitationRole } from '@roundtable/contracts';
import type { Translation } from '../../core/i18n/translation';

const bg = {
  invitee: {
    eyebrow: 'Лична покана',
    greeting: 'Здравейте, {name}!',
    invitedAs: {
      panelist: 'Каним ви да участвате като панелист в:',
      speaker: 'Каним ви да участвате като лектор в:',
      moderator: 'Каним ви да бъдете модератор на:',
      guest: 'Каним ви като гост на:',
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
      tentative: 'Отговорихте „Може би“. Потвърдете, когато знаете повече.',
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
      'Посочете кой ще дойде вместо вас. Заместникът ви ще получи своя лична покана по имейл, а вашата ще бъде ' +
      'закрита.',
    deputyName: 'Име на заместника',
    deputyEmail: 'Имейл на заместника',
    deputySubmit: 'Изпрати поканата на заместника',
    deputyCancel: 'Отказ',
    saved: {
      accepted: 'Благодарим! Записахме, че ще участвате.',
      tentative: 'Благодарим! Записахме отговор „Може би“.',
      declined: 'Благодарим, че ни уведомихте. Записахме, че не можете да присъствате.',
      delegated: 'Благодарим! Изпратихме покана на {name}.',
    },
    delegated: 'Поканата е предадена на {name}. Благодарим, че ни помогнахте!',
    delegatedUnknown: 'Поканата е предадена на вашия заместник, който получава своя лична покана по имейл.',
    revoked: 'Организаторите оттеглиха тази покана. Ако смятате, че има грешка, моля, свържете се с тях.',
    expired:
      'Срокът за отговор на тази покана изтече. Ако все още искате да участвате, моля, свържете се с ' +
      'организаторите.',
    notFoundHeading: 'Поканата не е намерена',
    notFoundText:
      'Връзката може да е непълна или поканата вече да не съществува. Отворете цялата връзка от писмото или се ' +
      'свържете с организаторите.',
    profileHeading: 'Вашият профил на страницата на събитието',
    profileIntro:
      'По желание: кратко представяне и снимка. Публикуваме името, снимката и представянето ви само с ' +
      'вашето съгласие.',
    bio: 'Кратко представяне (по желание)',
    photo: 'Снимка (JPEG, PNG или WebP, до 5 MB)',
    photoChosen: 'Избран файл: {file}',
    photoUploaded: 'Вече сте качили снимка. Нов файл ще я замени.',
    consents: 'Съгласия',
    consentsWithdraw:
      'Можете да оттеглите съгласието си по всяко време: махнете отметката и запазете профила.',
    saveProfile: 'Запази профила',
    profileSaved: 'Профилът е запазен.',
    photoFailed: 'Профилът е запазен, но снимката не беше приета: {reason}',
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
      tentative: 'You answered “Maybe”. Please confirm once you know more.',
      declined: 'You answered that you cannot attend.',
    },
    yourComment: 'Your comment: “{comment}”',
    canChange: 'You can change your answer while the invitation is open.',
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
    deputyCancel: 'Cancel',
    saved: {
      accepted: 'Thank you! We have noted that you will take part.',
      tentative: 'Thank you! We have noted your “Maybe”.',
      declined: 'Thank you for letting us know. We have noted that you cannot attend.',
      delegated: 'Thank you! We have sent an invitation to {name}.',
    },
    delegated: 'The invitation has been passed to {name}. Thank you for your help!',
    delegatedUnknown:
      'The invitation has been passed to your deputy, who gets their own invitation by e-mail.',
    revoked:
      'The organisers have withdrawn this invitation. If you think this is a mistake, please contact them.',
    expired:
      'The time to answer this invitation has passed. If you would still like to take part, please contact the organisers.',
    notFoundHeading: 'Invitation not found',
    notFoundText:
      'The link may be incomplete, or the invitation no longer exists. Open the whole link from the e-mail, or ' +
      'contact the organisers.',
    profileHeading: 'Your profile on the event page',
    profileIntro:
      'Optional: a short bio and a photo. We publish your name, photo and bio only with your consent.',
    bio: 'Short bio (optional)',
    photo: 'Photo (JPEG, PNG or WebP, up to 5 MB)',
    photoChosen: 'Chosen file: {file}',
    photoUploaded: 'You have already uploaded a photo. A new file replaces it.',
    consents: 'Consent',
    consentsWithdraw: 'You can withdraw your consent at any time: untick the box and save the profile.',
    saveProfile: 'Save profile',
    profileSaved: 'Your profile is saved.',
    photoFailed: 'Your profile is saved, but the photo was not accepted: {reason}',
  },
};

/** The invitee's personal page. */
export const inviteeText = { bg, en };
