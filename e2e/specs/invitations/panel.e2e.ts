import { expect, test, type Page } from '@playwright/test';
import { Api } from '../../support/api';
import { Mailbox } from '../../support/mailbox';
import { expectAccessible, keepScreenshot, logIn } from '../../support/pages';

const PROCESSING =
  'Съгласен/на съм личните ми данни да бъдат обработвани за организирането на събитието съгласно ' +
  'уведомлението за поверителност.';
const CONSENT_NAME =
  'Съгласен/на съм името, длъжността и организацията ми да бъдат публикувани на страницата на събитието.';

test('an official accepts, a guest registers through the invitation, a panelist declines, another names a deputy who is invited; the organiser sees each answer', async ({
  page,
  browser,
  request,
}, testInfo) => {
  // Four invitees' browsers and two axe audits: more than one minute on a busy two-core machine.
  test.slow();
  const stamp = Date.now();
  const admin = await Api.asAdmin(request);
  const organiser = await admin.createAccount('organizer', 'Елена Димитрова');
  const api = await Api.as(request, organiser.email, organiser.password);
  const title = `Кръгла маса „Общините и ранното детство“ ${stamp}`;
  const event = await api.createEvent({
    title,
    description: 'Междусекторна среща.',
    startsAt: '2031-05-21T10:00',
    endsAt: '2031-05-21T13:00',
    timezone: 'Europe/Sofia',
    language: 'bg',
    venue: { name: 'Зала „Сердика“', address: 'ул. „Гюешево“ 21', city: 'София' },
    capacity: 40,
    registrationMode: 'open',
  });
  const mailbox = new Mailbox(request);
  const official = `zam.kmet.${stamp}@example.org`;
  const decliner = `director.${stamp}@example.org`;
  const delegator = `school.${stamp}@example.org`;
  const deputy = `deputy.${stamp}@example.org`;
  const guest = `guest.${stamp}@example.org`;

  // The organiser invites the official alone, then two panelists and a guest at once from rows pasted from a sheet.
  await logIn(page, organiser.email, organiser.password);
  await page.goto(`/organizer/events/${event.id}/invitations?lang=bg`);
  await page.getByLabel('Име', { exact: true }).fill('Татяна Бакова');
  await page.getByLabel('Имейл', { exact: true }).fill(official);
  await page.getByRole('combobox', { name: 'Роля', exact: true }).click();
  await page.getByRole('option', { name: 'Панелист' }).click();
  await page.getByLabel('Организация (по желание)').fill('Община Раковски');
  await page.getByLabel('Длъжност (по желание)').fill('Заместник-кмет');
  await page.getByRole('button', { name: 'Изпрати поканата', exact: true }).click();
  await expect(page.getByText('Поканата до Татяна Бакова се изпраща.')).toBeVisible();
  await page
    .getByLabel('Редове за поканване')
    .fill(
      `Име\tИмейл\tРоля\tОрганизация\nД-р Иван Иванов\t${decliner}\tпанелист\tМБАЛ Пловдив\n` +
        `Мария Георгиева\t${delegator}\tпанелист\tДГ „Слънце“\n` +
        `Стефан Колев\t${guest}\tгост\tОбщина Раковски\n`,
    );
  await page.getByRole('button', { name: 'Изпрати поканите', exact: true }).click();
  await expect(page.getByText('Изпращат се покани: 3.')).toBeVisible();

  // Each gets an invitation with a calendar REQUEST and a personal link, and answers in their own browser.
  const answer = async (address: string, act: (invitee: Page) => Promise<void>) => {
    const mail = await mailbox.nth(address, 1);
    expect(mail.calendarMethod).toBe('REQUEST');
    expect(mail.calendar).toContain(`ATTENDEE`);
    const context = await browser.newContext({ timezoneId: 'Asia/Tokyo' });
    const invitee = await context.newPage();
    await invitee.goto(Mailbox.personalPath(mail));
    await expect(invitee.getByRole('heading', { name: title })).toBeVisible();
    // The invitee's browser is in Tokyo; the page still says 10:00 Sofia time.
    await expect(invitee.getByText(/10:00\s*[–-]\s*13:00/).first()).toBeVisible();
    await act(invitee);
    await keepScreenshot(invitee, testInfo, `invitee-${address.split('.')[0]}`);
    await context.close();
  };

  await answer(official, async (invitee) => {
    await invitee.getByRole('button', { name: 'Приемам', exact: true }).click();
    await expect(invitee.getByText('Благодарим Ви! Отбелязахме, че ще участвате.')).toBeVisible();
    await invitee
      .getByLabel('Кратко представяне (по желание)')
      .fill('Заместник-кмет, отговаря за социалните услуги.');
    await invitee.getByRole('checkbox', { name: CONSENT_NAME }).check();
    await invitee.getByRole('button', { name: 'Запази представянето' }).click();
    await expect(invitee.getByText('Представянето е запазено.')).toBeVisible();
    // The fullest state of the invitee's page: answered, with the profile form and its consents.
    await expectAccessible(invitee);
  });
  // A guest's acceptance is their registration: the fields open prefilled from the invitation, the rest they give.
  await answer(guest, async (invitee) => {
    await invitee.getByRole('button', { name: 'Приемам', exact: true }).click();
    await expect(invitee.getByLabel('Име', { exact: true })).toHaveValue('Стефан');
    await expect(invitee.getByLabel('Фамилия')).toHaveValue('Колев');
    await expect(invitee.getByLabel('Организация', { exact: true })).toHaveValue('Община Раковски');
    await invitee
      .getByRole('combobox', { name: 'Сектор' })
      .selectOption({ label: 'Общинска администрация / местна власт' });
    // The consents load when the person works in the form or scrolls to them (decision 0026); the prefilled form
    // needed no typing, so they scroll, as a person reads on.
    await invitee.getByRole('group', { name: 'Съгласия' }).scrollIntoViewIfNeeded();
    await invitee.getByRole('checkbox', { name: PROCESSING }).check();
    await expectAccessible(invitee);
    await invitee.getByRole('button', { name: 'Потвърждавам участието си' }).click();
    await expect(invitee.getByText('Регистрацията Ви е потвърдена.', { exact: false })).toBeFocused();
  });
  await answer(decliner, async (invitee) => {
    await invitee.getByLabel('Коментар към организаторите (по желание)').fill('Съжалявам, дежурство съм.');
    await invitee.getByRole('button', { name: 'Не мога да присъствам', exact: true }).click();
    await expect(invitee.getByText(/Отбелязахме, че не можете да присъствате/)).toBeVisible();
  });
  await answer(delegator, async (invitee) => {
    await invitee.getByRole('button', { name: 'Ще изпратя заместник' }).click();
    await invitee.getByLabel('Име на заместника').fill('Петя Петрова');
    await invitee.getByLabel('Имейл на заместника').fill(deputy);
    await invitee.getByRole('button', { name: 'Изпращам поканата на заместника' }).click();
    // The invitation is closed for them now; the page says to whom it went.
    await expect(
      invitee.getByText('Поканата е предадена на Петя Петрова. Благодарим Ви за съдействието!'),
    ).toBeVisible();
  });

  // The deputy receives a fresh invitation of their own, naming who sent them; the decliner's calendar a CANCEL.
  const deputyMail = await mailbox.nth(deputy, 1);
  expect(deputyMail.text).toContain('Мария Георгиева');
  expect(deputyMail.calendarMethod).toBe('REQUEST');
  expect((await mailbox.nth(decliner, 2)).calendarMethod).toBe('CANCEL');

  // The organiser's list shows every answer.
  await page.getByRole('button', { name: 'Обнови списъка' }).click();
  // A row is the one whose name line is exactly this person (a deputy's row also names who sent them).
  const row = (name: string) =>
    page.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
  await expect(row('Татяна Бакова')).toContainText('Приета');
  await expect(row('Д-р Иван Иванов')).toContainText('Отказана');
  await expect(row('Д-р Иван Иванов')).toContainText('Съжалявам, дежурство съм.');
  await expect(row('Мария Георгиева')).toContainText('Предадена на заместник');
  await expect(row('Петя Петрова')).toContainText('Очаква отговор');
  await expect(row('Стефан Колев')).toContainText('Приета');
  await expect(row('Татяна Бакова')).toContainText('Изпратена');
  await expectAccessible(page);
  await keepScreenshot(page, testInfo, 'organiser-invitations');

  // The official agreed to be named: the public page lists her, and nobody who did not.
  await page.goto(`/events/${event.slug}?lang=bg`);
  const speakers = page.getByRole('region', { name: 'Участници в програмата' });
  await expect(speakers.getByText('Татяна Бакова')).toBeVisible();
  await expect(speakers.getByText('Д-р Иван Иванов')).toHaveCount(0);
});
