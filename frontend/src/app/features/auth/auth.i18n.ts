import type { Translation } from '../../core/i18n/translation';
import { registerTexts } from '../../core/i18n/texts';

const bg = {
  login: {
    heading: 'Вход за организатори',
    intro: 'Влезте с профила, създаден за вас от администратора.',
    email: 'Имейл',
    password: 'Парола',
    submit: 'Вход',
    submitting: 'Влизане…',
    forgot: 'Забравена парола?',
  },
  passwordReset: {
    requestTitle: 'Забравена парола',
    requestIntro:
      'Въведете имейла на профила си. Ще Ви изпратим връзка, с която да зададете нова парола; тя е валидна 30 минути.',
    email: 'Имейл',
    send: 'Изпратете връзка',
    sending: 'Изпращане…',
    sent: 'Ако има профил с този имейл, изпратихме писмо с връзка за нова парола. Проверете пощата си.',
    backToLogin: 'Обратно към входа',
    resetTitle: 'Нова парола',
    resetIntro: 'Въведете новата си парола. След това ще трябва да влезете отново на всички устройства.',
    password: 'Нова парола',
    repeat: 'Повторете паролата',
    mismatch: 'Двете пароли не съвпадат.',
    save: 'Запазете паролата',
    saving: 'Запазване…',
    done: 'Паролата е сменена. Вече можете да влезете с новата парола.',
    askAgain: 'Поискайте нова връзка',
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
    forgot: 'Forgot your password?',
  },
  passwordReset: {
    requestTitle: 'Forgotten password',
    requestIntro:
      'Enter the e-mail of your account. We will send you a link to set a new password; it is valid for 30 minutes.',
    email: 'E-mail',
    send: 'Send the link',
    sending: 'Sending…',
    sent: 'If there is an account with this e-mail, we have sent a message with a link to set a new password. Please check your inbox.',
    backToLogin: 'Back to login',
    resetTitle: 'New password',
    resetIntro: 'Enter your new password. You will then need to log in again on every device.',
    password: 'New password',
    repeat: 'Repeat the password',
    mismatch: 'The two passwords do not match.',
    save: 'Save the password',
    saving: 'Saving…',
    done: 'Your password has been changed. You can now log in with the new password.',
    askAgain: 'Ask for a new link',
  },
};

/** Logging in and resetting a forgotten password. */
export const authText = { bg, en };
// Loaded with the pages that import this file, not with the app: see core/i18n/texts.ts.
registerTexts(authText);
