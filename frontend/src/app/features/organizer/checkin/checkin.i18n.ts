import type { Translation } from '../../../core/i18n/translation';
import type { CameraProblem } from './camera-scanner';
import { registerTexts } from '../../../core/i18n/texts';

/** The door on the day: general UI, lowercase „вие“ (COPY-BG.md); „регистрация на място“ is check-in. */
const bg = {
  checkin: {
    title: 'Регистрация на място',
    heading: 'Регистрация на място',
    modes: 'Начин на намиране',
    search: 'Търсене',
    scan: 'QR код',
    searchLabel: 'Име или организация',
    searchHint: 'Резултатите се показват, докато пишете.',
    results: 'Намерени хора',
    noResults: 'Няма намерени хора.',
    more: 'Показани: {shown} от {total}. Моля, уточнете търсенето.',
    checkIn: 'Регистрирай на място',
    checkInLabel: 'Регистрирай на място: {name}',
    checkedInAt: 'На място от {time} ч.',
    walkInTag: 'Без предварителна регистрация',
    undo: 'Отмени',
    undoLabel: 'Отмени регистрацията на място: {name}',
    done: '{name} – регистрацията на място е отбелязана.',
    already: '{name} – регистрацията на място вече е отбелязана в {time} ч.',
    queued:
      'Няма връзка със сървъра. Регистрацията на място ({who}) е запазена на телефона и ще бъде изпратена, ' +
      'когато връзката се възстанови.',
    scannedCode: 'сканиран код',
    undone: '{name} – регистрацията на място е отменена.',
    foreign: 'Този QR код не е код за регистрация на място.',
    waiting: 'Чакат изпращане: {count}',
    sendNow: 'Изпрати сега',
    sentLater: 'Изпратени от телефона: {count}',
    refused: 'Не е отбелязана: {who} – {reason}',
    cameraLabel: 'Изображение от камерата',
    cameraHint: 'Насочете камерата към QR кода от потвърждението за участие.',
    cameraStarting: 'Включване на камерата…',
    cameraProblem: {
      unsupported: 'Този браузър не дава достъп до камерата. Моля, използвайте търсенето.',
      denied:
        'Достъпът до камерата е отказан. Моля, разрешете го в настройките на браузъра или използвайте търсенето.',
      missing: 'Не е намерена камера. Моля, използвайте търсенето.',
      failed: 'Камерата не може да бъде включена. Моля, използвайте търсенето.',
    } satisfies Record<CameraProblem, string>,
    counts: 'В залата',
    countsTotal: 'Регистрирани на място: {checkedIn} от {confirmed}',
    countsSector: '{checkedIn} от {confirmed}',
    openWalkIn: 'Участник без регистрация',
    backToEvents: 'Към моите събития',
  },
  walkIn: {
    heading: 'Участник без предварителна регистрация',
    intro: 'Участникът се отбелязва като присъствал. Имейлът и длъжността не са задължителни.',
    submit: 'Регистрирай на място',
    back: 'Назад',
    full: 'Няма свободни места в рамките на капацитета и квотата на сектора. Можете да регистрирате участника над тях.',
    override: 'Регистрирай въпреки това',
  },
  staffAssign: {
    heading: 'Персонал за регистрацията на място',
    intro: 'Тези потребители с роля „Персонал“ виждат събитието и регистрират участниците на място.',
    label: 'Персонал',
    none: 'Няма определен персонал.',
    noStaffUsers: 'Няма потребители с роля „Персонал“. Администраторът може да създаде такива.',
    save: 'Запази персонала',
    saved: 'Персоналът е запазен.',
  },
};

const en: Translation<typeof bg> = {
  checkin: {
    title: 'Check-in',
    heading: 'Check-in',
    modes: 'How to find people',
    search: 'Search',
    scan: 'QR code',
    searchLabel: 'Name or organisation',
    searchHint: 'Results appear as you type.',
    results: 'People found',
    noResults: 'Nobody found.',
    more: 'Showing {shown} of {total}. Please narrow the search.',
    checkIn: 'Check in',
    checkInLabel: 'Check in: {name}',
    checkedInAt: 'Checked in at {time}',
    walkInTag: 'Walk-in',
    undo: 'Undo',
    undoLabel: 'Undo the check-in: {name}',
    done: '{name} is checked in.',
    already: '{name} was already checked in at {time}.',
    queued:
      'No connection to the server. The check-in ({who}) is saved on this phone and will be sent when the ' +
      'network returns.',
    scannedCode: 'scanned code',
    undone: 'The check-in of {name} is undone.',
    foreign: 'This QR code is not a check-in code.',
    waiting: 'Waiting to send: {count}',
    sendNow: 'Send now',
    sentLater: 'Sent from this phone: {count}',
    refused: 'Not recorded: {who} – {reason}',
    cameraLabel: 'Camera view',
    cameraHint: 'Point the camera at the QR code of the confirmation.',
    cameraStarting: 'Starting the camera…',
    cameraProblem: {
      unsupported: 'This browser gives no access to the camera. Please use the search.',
      denied: 'Access to the camera was refused. Please allow it in the browser settings, or use the search.',
      missing: 'No camera was found. Please use the search.',
      failed: 'The camera could not be started. Please use the search.',
    },
    counts: 'In the room',
    countsTotal: 'Checked in: {checkedIn} of {confirmed}',
    countsSector: '{checkedIn} of {confirmed}',
    openWalkIn: 'Walk-in',
    backToEvents: 'To my events',
  },
  walkIn: {
    heading: 'Walk-in (not registered)',
    intro: 'The person is recorded as present. E-mail and position are optional.',
    submit: 'Check in',
    back: 'Back',
    full: "No seat is free within the capacity and the sector's quota. You can still check this person in beyond them.",
    override: 'Check in anyway',
  },
  staffAssign: {
    heading: 'Check-in staff',
    intro: 'These users with the Staff role see the event and check people in at the door.',
    label: 'Staff',
    none: 'No staff assigned.',
    noStaffUsers: 'There are no users with the Staff role. An administrator can create them.',
    save: 'Save staff',
    saved: 'Staff saved.',
  },
};

/** The check-in page, the walk-in form and the assignment of staff to an event. */
export const checkinText = { bg, en };
// Loaded with the pages that import this file, not with the app: see core/i18n/texts.ts.
registerTexts(checkinText);
