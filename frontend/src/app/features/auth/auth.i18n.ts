import type { Translation } from '../../core/i18n/translation';

const bg = {
  login: {
    heading: 'Вход за организатори',
    intro: 'Влезте с профила, създаден за вас от администратора.',
    email: 'Имейл',
    password: 'Парола',
    submit: 'Вход',
    submitting: 'Влизане…',
  },
  staff: {
    heading: 'Вашата роля е само за регистрация на място',
    text:
      'Профилът ви е с роля „Персонал“: той служи за отбелязване на присъствието на участниците в деня на ' +
      'събитието. Страниците за това ще бъдат достъпни скоро.',
  },
};

const en: Translation<typeof bg> = {
  login: {
    heading: 'Organiser login',
    intro: 'Log in with the account the administrator created for you.',
    email: 'E-mail',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in…',
  },
  staff: {
    heading: 'Your role is check-in only',
    text:
      'Your account has the Staff role: it is for recording attendance on the day of an event. ' +
      'The check-in pages will be available soon.',
  },
};

/** Logging in, and the page of staff accounts. */
export const authText = { bg, en };
