import type { PackStep } from '@roundtable/contracts';
import type { Translation } from '../../../core/i18n/translation';
import { registerTexts } from '../../../core/i18n/texts';

/** The reporting pack panel: general UI, lowercase „вие“ (COPY-BG.md). */
const bg = {
  pack: {
    heading: 'Отчетен пакет',
    intro:
      'Един ZIP файл за финансиращата организация: програмата, присъственият списък (и сканираният подписан ' +
      'списък, ако е качен), регистрациите, обобщението, статистиката и списък на материалите.',
    prepare: 'Подготви пакета',
    prepareAgain: 'Подготви отново',
    starting: 'Изпращане…',
    progressLabel: 'Напредък на подготовката на пакета',
    queued: 'Пакетът чака своя ред за подготовка…',
    building: 'Подготвя се: {step} – {progress}%',
    ready: 'Пакетът е готов. Подготвен на {date} – размер {size}.',
    download: 'Свали пакета (ZIP)',
    downloading: 'Сваляне…',
    failed: 'Пакетът не беше подготвен. Моля, опитайте отново.',
    step: {
      agenda: 'програма',
      'attendance-sheet': 'присъствен списък',
      'signed-sheet': 'подписан присъствен списък',
      registrations: 'регистрации',
      summary: 'обобщение',
      statistics: 'статистика',
      materials: 'материали',
    } satisfies Record<PackStep, string>,
  },
};

const en: Translation<typeof bg> = {
  pack: {
    heading: 'Reporting pack',
    intro:
      'One ZIP file for the funder: the agenda, the attendance sheet (and the signed scan once uploaded), the ' +
      'registrations, the summary, the statistics and a list of the materials.',
    prepare: 'Prepare the pack',
    prepareAgain: 'Prepare again',
    starting: 'Sending…',
    progressLabel: 'Progress of the reporting pack',
    queued: 'The pack is waiting for its turn…',
    building: 'Preparing: {step} – {progress}%',
    ready: 'The pack is ready. Prepared on {date} – size {size}.',
    download: 'Download the pack (ZIP)',
    downloading: 'Downloading…',
    failed: 'The pack could not be prepared. Please try again.',
    step: {
      agenda: 'agenda',
      'attendance-sheet': 'attendance sheet',
      'signed-sheet': 'signed attendance sheet',
      registrations: 'registrations',
      summary: 'summary',
      statistics: 'statistics',
      materials: 'materials',
    },
  },
};

export const packText = { bg, en };
// Loaded with the pages that import this file, not with the app: see core/i18n/texts.ts.
registerTexts(packText);
