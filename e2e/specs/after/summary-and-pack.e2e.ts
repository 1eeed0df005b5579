import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { Api } from '../../support/api';
import { Mailbox, type CaughtMail } from '../../support/mailbox';
import { expectAccessible, keepScreenshot, logIn } from '../../support/pages';

/** A small but real PDF: what the organiser uploads, and what the attendee must get back byte for byte. */
const HANDOUT = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The files of a ZIP by name, as the funder's archive tool would list them. */
async function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    fromBuffer(bytes, { lazyEntries: true }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  const files = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) =>
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      }),
    );
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return files;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

test('after the round table: the organiser publishes the summary, an attendee downloads a material from its e-mail, the funder gets the pack', async ({
  page,
  browser,
}, testInfo) => {
  test.slow();
  const stamp = Date.now();
  const admin = await Api.asAdmin(page.request);
  const account = await admin.createAccount('organizer', 'Елена Димитрова');
  const organiser = await Api.as(page.request, account.email, account.password);
  const title = `Кръгла маса „Интегрирани услуги в общността“ ${stamp}`;
  const event = await organiser.createEvent({
    title,
    description: 'Общини, училища и болници за подкрепата на семействата.',
    startsAt: '2031-05-21T07:00:00.000Z',
    endsAt: '2031-05-21T10:00:00.000Z',
    timezone: 'Europe/Sofia',
    language: 'bg',
    venue: { name: 'Зала „Сердика“', address: 'ул. „Гюешево“ 21', city: 'София' },
    capacity: 30,
    registrationMode: 'open',
  });
  const person = (firstName: string, lastName: string, organization: string) => ({
    firstName,
    lastName,
    email: `after-${stamp}-${lastName.length}-${Math.floor(Math.random() * 1e6)}@example.bg`,
    organization,
    sector: 'municipal' as const,
    consents: { processing: true as const },
  });
  const came = await organiser.register(event.id, person('Мария', 'Петрова', 'Община Раковски'));
  const missed = await organiser.register(event.id, person('Стоян', 'Ангелов', 'Община Карлово'));
  await organiser.checkIn(came.id);

  // The organiser uploads the handout for the people who came.
  await logIn(page, account.email, account.password);
  await page.goto(`/organizer/events/${event.id}/materials?lang=bg`);
  await page.getByLabel('Заглавие').fill('Презентация на модела');
  await page.getByRole('combobox', { name: 'Кой може да го изтегли' }).click();
  await page.getByRole('option', { name: 'Присъствалите участници' }).click();
  const upload = page.getByRole('region', { name: 'Качване на материал' });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    upload.getByRole('button', { name: 'Избор на файл' }).click(),
  ]);
  await chooser.setFiles({ name: 'prezentacia-model.pdf', mimeType: 'application/pdf', buffer: HANDOUT });
  await page.getByRole('button', { name: 'Качване', exact: true }).click();
  await expect(page.getByText('Материалът „Презентация на модела“ е качен.')).toBeVisible();

  // Writes the summary with a key point and a recommendation, saves, publishes.
  await page.getByRole('link', { name: 'Обобщение', exact: true }).click();
  await page
    .getByLabel('Текст (Markdown)')
    .fill('## Как протече\n\nУчастниците обсъдиха **интегрираните услуги** в общността.');
  await expect(
    page.getByRole('region', { name: 'Преглед' }).getByRole('heading', { name: 'Как протече' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Добави извод' }).click();
  await page
    .getByRole('textbox', { name: 'Извод 1' })
    .fill('Общините имат нужда от общ регистър на услугите.');
  await page.getByRole('button', { name: 'Добави препоръка' }).click();
  await page
    .getByRole('textbox', { name: 'Препоръка', exact: true })
    .fill('Да се създаде общ регистър на социалните услуги.');
  await page.getByRole('textbox', { name: 'Отговорник (сектор или организация)' }).fill('Община Пловдив');
  await page.getByRole('button', { name: 'Запази', exact: true }).click();
  await expect(page.getByText('Обобщението е запазено.')).toBeVisible();
  await page.getByRole('button', { name: 'Публикувай', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText(
    'Присъствали: 1. Регистрирани, които не присъстваха: 1.',
  );
  await page.getByRole('button', { name: 'Публикувай и изпрати' }).click();
  await expect(page.getByText(/Публикувано на \d/)).toBeVisible();

  // Each of the two gets one summary e-mail; only the one who came is offered the handout.
  const mailbox = new Mailbox(page.request);
  const summaryMail = async (address: string): Promise<CaughtMail> => {
    const find = async () =>
      (await mailbox.to(address)).filter((mail) => mail.subject === `Обобщение: ${title}`);
    await expect.poll(async () => (await find()).length, { timeout: 15_000 }).toBe(1);
    return (await find())[0];
  };
  const mail = await summaryMail(came.email);
  expect(mail.text).toContain('Благодарим Ви, че участвахте');
  expect(mail.text).toContain('Презентация на модела');
  const other = await summaryMail(missed.email);
  expect(other.text).toContain('Съжаляваме, че не успяхте да присъствате');
  expect(other.text).not.toContain('Презентация на модела');

  // The attendee opens the summary from the e-mail, on a browser that never signed in, and downloads it.
  const link = new RegExp(
    `https?://[^/\\s]+(/events/${event.slug}/summary\\?token=[A-Za-z0-9_-]+&lang=bg)`,
  ).exec(mail.text);
  expect(link).not.toBeNull();
  const attendeeContext = await browser.newContext({ reducedMotion: 'reduce' });
  const attendee = await attendeeContext.newPage();
  await attendee.goto(link?.[1] as string);
  await expect(attendee.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(attendee.getByText('Общините имат нужда от общ регистър на услугите.')).toBeVisible();
  await expect(attendee.getByText('Да се създаде общ регистър на социалните услуги.')).toBeVisible();
  const handout = await downloaded(attendee, () =>
    attendee.getByRole('link', { name: 'Презентация на модела' }).click(),
  );
  expect(handout.name).toBe('prezentacia-model.pdf');
  expect(sha256(handout.bytes)).toBe(sha256(HANDOUT));
  await expectAccessible(attendee);
  await attendee.setViewportSize({ width: 1280, height: 900 });
  await keepScreenshot(attendee, testInfo, 'summary-1280');
  await attendee.setViewportSize({ width: 375, height: 800 });
  await expect
    .poll(() => attendee.evaluate(() => document.documentElement.scrollWidth))
    .toBeLessThanOrEqual(375);
  await keepScreenshot(attendee, testInfo, 'summary-375');
  await attendeeContext.close();

  // The organiser prepares the reporting pack, follows its progress, and downloads it for the funder.
  await page.getByRole('link', { name: 'Регистрации', exact: true }).click();
  await page.getByRole('button', { name: 'Подготви пакета' }).click();
  const download = page.getByRole('button', { name: 'Свали пакета (ZIP)' });
  await expect(download).toBeVisible({ timeout: 30_000 });
  const pack = await downloaded(page, () => download.click());
  expect(pack.name).toBe(`reporting-pack-${event.slug}.zip`);
  const files = await unzip(pack.bytes);
  expect([...files.keys()]).toEqual([
    'agenda.pdf',
    'attendance-sheet.pdf',
    'registrations.csv',
    'summary.pdf',
    'statistics.csv',
    'materials.csv',
  ]);
  expect(files.get('registrations.csv')?.toString('utf8')).toContain('Петрова');
  expect(files.get('materials.csv')?.toString('utf8')).toContain(sha256(HANDOUT));

  // The summary report as the funder opens it: the Cyrillic text exactly.
  const folder = mkdtempSync(join(tmpdir(), 'rt-pack-'));
  const report = join(folder, 'summary.pdf');
  writeFileSync(report, files.get('summary.pdf') as Buffer);
  const text = execFileSync('pdftotext', ['-layout', report, '-'], { encoding: 'utf8' });
  expect(text.replace(/\s+/g, ' ')).toContain(title);
  expect(text).toContain('Община Пловдив');
});
