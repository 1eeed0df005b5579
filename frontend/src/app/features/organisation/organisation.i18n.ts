import type { Translation } from '../../core/i18n/translation';
import { registerTexts } from '../../core/i18n/texts';

const bg = {
  organisation: {
    heading: 'Организацията',
    intro:
      'Името, логото и данните за контакт се показват в страниците, във формуляра за регистрация и във всички ' +
      'имейли. Участниците се съгласяват с уведомлението за поверителност при регистрация.',
    nameBg: 'Име на български',
    nameEn: 'Име на английски',
    address: 'Адрес',
    contactEmail: 'Имейл за контакт',
    privacy: 'Уведомление за поверителност',
    privacyBg: 'Текст на български',
    privacyEn: 'Текст на английски',
    version: 'Версия на уведомлението',
    versionHint:
      'Променете версията заедно с текста: новите съгласия ще записват новата версия, а старите пазят своята.',
    save: 'Запазете',
    saving: 'Запазване…',
    saved: 'Данните на организацията са запазени.',
    logo: 'Лого',
    logoHint: 'JPEG, PNG или WebP до 2 MB. Съхранява се преоразмерено до 512 пиксела.',
    logoAlt: 'Лого на {name}',
    noLogo: 'Все още няма качено лого.',
    uploadLogo: 'Качете лого',
    uploading: 'Качване…',
    logoSaved: 'Логото е качено.',
  },
};

const en: Translation<typeof bg> = {
  organisation: {
    heading: 'The organisation',
    intro:
      'The name, logo and contact details appear on the pages, in the registration form and in every e-mail. ' +
      'Participants agree to the privacy notice when they register.',
    nameBg: 'Name in Bulgarian',
    nameEn: 'Name in English',
    address: 'Address',
    contactEmail: 'Contact e-mail',
    privacy: 'Privacy notice',
    privacyBg: 'Text in Bulgarian',
    privacyEn: 'Text in English',
    version: 'Version of the notice',
    versionHint:
      'Change the version with the text: new consents will record the new version, earlier ones keep theirs.',
    save: 'Save',
    saving: 'Saving…',
    saved: 'The organisation’s details are saved.',
    logo: 'Logo',
    logoHint: 'JPEG, PNG or WebP up to 2 MB. Stored resized to at most 512 pixels.',
    logoAlt: 'Logo of {name}',
    noLogo: 'No logo has been uploaded yet.',
    uploadLogo: 'Upload a logo',
    uploading: 'Uploading…',
    logoSaved: 'The logo is uploaded.',
  },
};

/** The admin's page of the organisation's details. */
export const organisationText = { bg, en };
// Loaded with the pages that import this file, not with the app: see core/i18n/texts.ts.
registerTexts(organisationText);
