import type { MaterialVisibility } from '@roundtable/contracts';
import type { Translation } from '../../core/i18n/translation';
import { registerTexts } from '../../core/i18n/texts';

/**
 * Materials: the list people download from (public event page, personal pages: no pronouns, so it reads right
 * with the capital „Вие“ of personal pages) and the organisers' tab (general UI, lowercase „вие“, COPY-BG.md).
 */
const bg = {
  materials: {
    heading: 'Материали',
    downloadAll: 'Изтегляне на всички (ZIP)',
    downloadAllLabel: 'Изтегляне на всички материали като ZIP архив',
    fileFacts: '{filename}, {size}',
  },
  materialVisibility: {
    public: 'Всички посетители',
    registered: 'Регистрираните участници',
    attended: 'Присъствалите участници',
    organizers: 'Само организаторите',
  } satisfies Record<MaterialVisibility, string>,
  materialsAdmin: {
    title: 'Материали',
    heading: 'Материали',
    intro:
      'Презентации и документи за участниците. Всеки материал се вижда от избраните хора и от тези с по-широк ' +
      'достъп: присъствалите виждат и материалите за регистрираните, организаторите – всичко.',
    uploadHeading: 'Качване на материал',
    titleLabel: 'Заглавие',
    visibilityLabel: 'Кой може да го изтегли',
    file: 'Файл',
    chooseFile: 'Избор на файл',
    noFile: 'Не е избран файл.',
    fileHint:
      'PDF, документи на Office и OpenDocument, изображения (PNG, JPEG, GIF, WebP) или ZIP, до {size}.',
    fileTooLarge: 'Файлът {file} е по-голям от {size}.',
    fileRequired: 'Моля, изберете файл.',
    upload: 'Качване',
    uploading: 'Качване: {percent}%',
    uploaded: 'Материалът „{title}“ е качен.',
    listHeading: 'Качени материали',
    empty: 'Все още няма качени материали.',
    columnTitle: 'Заглавие',
    columnFile: 'Файл',
    columnSize: 'Размер',
    columnVisibility: 'Достъп',
    visibilityOf: 'Кой може да изтегли „{title}“',
    visibilityChanged: 'Достъпът до „{title}“ е променен.',
    download: 'Изтегляне',
    downloadLabel: 'Изтегляне на „{title}“',
    delete: 'Изтриване',
    deleteLabel: 'Изтриване на „{title}“',
    deleteTitle: 'Изтриване на материал',
    deleteText: 'Материалът „{title}“ и файлът му ще бъдат изтрити. Действието не може да бъде отменено.',
    deleteConfirm: 'Изтрий',
    back: 'Назад',
    deleted: 'Материалът „{title}“ е изтрит.',
    signedHeading: 'Подписан присъствен списък',
    signedIntro:
      'Сканираният списък с подписите на участниците се вижда само от организаторите и влиза в отчета за ' +
      'донора. Нов файл заменя предишния.',
    signedNone: 'Все още няма качен подписан списък.',
    signedCurrent: 'Качен файл: {filename}, {size}',
    signedUpload: 'Качване на сканирания списък',
    signedReplace: 'Замяна на сканирания списък',
    signedUploaded: 'Подписаният присъствен списък е качен.',
  },
};

const en: Translation<typeof bg> = {
  materials: {
    heading: 'Materials',
    downloadAll: 'Download all (ZIP)',
    downloadAllLabel: 'Download all materials as one ZIP archive',
    fileFacts: '{filename}, {size}',
  },
  materialVisibility: {
    public: 'All visitors',
    registered: 'Registered participants',
    attended: 'Participants who attended',
    organizers: 'Organisers only',
  },
  materialsAdmin: {
    title: 'Materials',
    heading: 'Materials',
    intro:
      'Presentations and documents for the participants. Each material is seen by the people chosen and by those ' +
      'with wider access: people who attended also see the materials for registrants, organisers see everything.',
    uploadHeading: 'Upload a material',
    titleLabel: 'Title',
    visibilityLabel: 'Who may download it',
    file: 'File',
    chooseFile: 'Choose a file',
    noFile: 'No file chosen.',
    fileHint: 'PDF, Office and OpenDocument files, images (PNG, JPEG, GIF, WebP) or ZIP, up to {size}.',
    fileTooLarge: 'The file {file} is larger than {size}.',
    fileRequired: 'Please choose a file.',
    upload: 'Upload',
    uploading: 'Uploading: {percent}%',
    uploaded: 'The material “{title}” is uploaded.',
    listHeading: 'Uploaded materials',
    empty: 'No materials have been uploaded yet.',
    columnTitle: 'Title',
    columnFile: 'File',
    columnSize: 'Size',
    columnVisibility: 'Access',
    visibilityOf: 'Who may download “{title}”',
    visibilityChanged: 'Access to “{title}” has changed.',
    download: 'Download',
    downloadLabel: 'Download “{title}”',
    delete: 'Delete',
    deleteLabel: 'Delete “{title}”',
    deleteTitle: 'Delete a material',
    deleteText: 'The material “{title}” and its file will be deleted. This cannot be undone.',
    deleteConfirm: 'Delete',
    back: 'Back',
    deleted: 'The material “{title}” is deleted.',
    signedHeading: 'Signed attendance sheet',
    signedIntro:
      "The scan of the sheet the participants signed is seen by organisers only and goes into the funder's " +
      'reporting pack. A new file replaces the previous one.',
    signedNone: 'No signed sheet has been uploaded yet.',
    signedCurrent: 'Uploaded file: {filename}, {size}',
    signedUpload: 'Upload the scanned sheet',
    signedReplace: 'Replace the scanned sheet',
    signedUploaded: 'The signed attendance sheet is uploaded.',
  },
};

export const materialsText = { bg, en };
// Loaded with the pages that import this file, not with the app: see core/i18n/texts.ts.
registerTexts(materialsText);
