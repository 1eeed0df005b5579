import type { Translation } from '../../core/i18n/translation';
import { registerTexts } from '../../core/i18n/texts';

const bg = {
  users: {
    heading: 'Потребители',
    intro: 'Профили на администраторите, организаторите и персонала, които работят с платформата.',
    name: 'Име',
    email: 'Имейл',
    role: 'Роля',
    language: 'Език',
    active: 'Активен',
    activeLabel: 'Активен профил: {name}',
    yes: 'Да',
    no: 'Не',
    empty: 'Все още няма потребители.',
    createHeading: 'Нов потребител',
    password: 'Парола',
    passwordHint: 'Поне {min} знака.',
    create: 'Създай потребител',
    created: 'Профилът на {name} е създаден.',
    activated: 'Профилът на {name} е активиран.',
    deactivated: 'Профилът на {name} е деактивиран.',
  },
};

const en: Translation<typeof bg> = {
  users: {
    heading: 'Users',
    intro: 'Accounts of the administrators, organisers and staff who work with the platform.',
    name: 'Name',
    email: 'E-mail',
    role: 'Role',
    language: 'Language',
    active: 'Active',
    activeLabel: 'Active account: {name}',
    yes: 'Yes',
    no: 'No',
    empty: 'There are no users yet.',
    createHeading: 'New user',
    password: 'Password',
    passwordHint: 'At least {min} characters.',
    create: 'Create user',
    created: 'The account of {name} was created.',
    activated: 'The account of {name} is now active.',
    deactivated: 'The account of {name} is deactivated.',
  },
};

/** The administration of accounts. */
export const usersText = { bg, en };
// Loaded with the pages that import this file, not with the app: see core/i18n/texts.ts.
registerTexts(usersText);
