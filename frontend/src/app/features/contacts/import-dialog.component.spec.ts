import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { CONTACT_LIMITS, type ContactImport, type Problem } from '@roundtable/contracts';
import { button, chooseFiles } from '../../../testing/dom';
import { checkCsvFile, IMPORT_POLL_MS } from './contact-import';
import { ContactsPage } from './contacts.page';

const IMPORTS = '/api/contacts/imports';
const JOB_ID = '3f1c2d9e-7b6a-4c1e-9a0b-1d2e3f4a5b6c';
const STATUS = `${IMPORTS}/${JOB_ID}`;

function aJob(overrides: Partial<ContactImport> = {}): ContactImport {
  return {
    id: JOB_ID,
    status: 'queued',
    total: 0,
    processed: 0,
    created: 0,
    updated: 0,
    errors: [],
    createdAt: '2026-12-01T10:00:00.000Z',
    finishedAt: null,
    ...overrides,
  };
}

describe('checkCsvFile', () => {
  it('takes a .csv by its name whatever the browser calls its type, and refuses what is too large', () => {
    expect(checkCsvFile({ name: 'kontakti.csv', type: 'application/vnd.ms-excel', size: 10 })).toBeNull();
    expect(checkCsvFile({ name: 'export', type: 'text/csv', size: 10 })).toBeNull();
    expect(checkCsvFile({ name: 'kontakti.xlsx', type: 'application/vnd.ms-excel', size: 10 })).toBe(
      'wrongType',
    );
    const limit = CONTACT_LIMITS.importBytes;
    expect(checkCsvFile({ name: 'kontakti.csv', type: 'text/csv', size: limit })).toBeNull();
    expect(checkCsvFile({ name: 'kontakti.csv', type: 'text/csv', size: limit + 1 })).toBe('tooLarge');
  });
});

describe('Importing contacts from a CSV file', () => {
  let fixture: ComponentFixture<ContactsPage>;
  let http: HttpTestingController;

  const isList = (request: { method: string; url: string }) =>
    request.method === 'GET' && request.url === '/api/contacts';

  function dialog(): HTMLElement {
    const found = document.querySelector<HTMLElement>('mat-dialog-container');
    if (!found) throw new Error('No dialog is open');
    return found;
  }

  function fileInput(): HTMLInputElement {
    return dialog().querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
  }

  async function openDialog(): Promise<void> {
    fixture = TestBed.createComponent(ContactsPage);
    fixture.detectChanges();
    http.expectOne(isList).flush({ items: [], total: 0, page: 1, pageSize: 50 });
    await fixture.whenStable();
    button(fixture.nativeElement as HTMLElement, 'Внеси CSV файл').click();
    await fixture.whenStable();
  }

  /** Chooses a file with `csv` in it and presses "Внеси"; returns the upload, not yet answered. */
  async function send(csv: string): Promise<TestRequest> {
    chooseFiles(fileInput(), [new File([csv], 'kontakti.csv', { type: 'text/csv' })]);
    await fixture.whenStable();
    button(dialog(), 'Внеси').click();
    // The browser reads the file asynchronously before sending it.
    let uploads = http.match({ method: 'POST', url: IMPORTS });
    for (let tries = 0; tries < 50 && uploads.length === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      uploads = http.match({ method: 'POST', url: IMPORTS });
    }
    expect(uploads).toHaveLength(1);
    return uploads[0];
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ContactsPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    jest.useRealTimers();
    http.verify();
  });

  it('explains the columns in both languages and refuses a file of the wrong type or size before sending', async () => {
    await openDialog();
    const columns = dialog().querySelector('table')?.textContent ?? '';
    for (const word of ['имейл', 'email', 'фамилия', 'lastName', 'община', 'municipality']) {
      expect(columns).toContain(word);
    }

    chooseFiles(fileInput(), [new File(['x'], 'kontakti.xlsx', { type: 'application/vnd.ms-excel' })]);
    await fixture.whenStable();
    expect(dialog().querySelector('[role="alert"]')?.textContent).toContain(
      'Файлът kontakti.xlsx не е CSV файл.',
    );

    const big = new File([new Uint8Array(CONTACT_LIMITS.importBytes + 1)], 'golyam.csv', {
      type: 'text/csv',
    });
    chooseFiles(fileInput(), [big]);
    await fixture.whenStable();
    expect(dialog().querySelector('[role="alert"]')?.textContent).toContain(
      'Файлът golyam.csv е твърде голям: най-много 2 MB.',
    );

    button(dialog(), 'Внеси').click();
    await fixture.whenStable();
    expect(dialog().querySelector('[role="alert"]')?.textContent).toContain('Моля, изберете CSV файл.');
    http.expectNone(IMPORTS);
  });

  it('sends the file as text/csv, shows the progress, then the summary and the skipped lines by number', async () => {
    await openDialog();
    const csv = 'имейл;име;фамилия\nanna@example.bg;Анна;Иванова\n';
    const upload = await send(csv);
    expect(upload.request.headers.get('Content-Type')).toBe('text/csv');
    expect(upload.request.body).toBe(csv);
    upload.flush(aJob(), { status: 202, statusText: 'Accepted' });

    jest.useFakeTimers();
    http.expectOne(STATUS).flush(aJob({ status: 'running', total: 4, processed: 2 }));
    fixture.detectChanges();
    const bar = dialog().querySelector('mat-progress-bar');
    expect(bar?.getAttribute('aria-valuenow')).toBe('50');
    expect(bar?.getAttribute('aria-label')).toBe('Напредък на внасянето');
    expect(dialog().querySelector('[role="status"]')?.textContent?.trim()).toBe('Обработени редове: 2 от 4.');

    // The next question waits a second after the last answer.
    jest.advanceTimersByTime(IMPORT_POLL_MS - 1);
    http.expectNone(STATUS);
    jest.advanceTimersByTime(1);
    http.expectOne(STATUS).flush(
      aJob({
        status: 'done',
        total: 4,
        processed: 4,
        created: 1,
        updated: 1,
        errors: [
          { line: 7, field: 'email', rule: 'isEmail', message: 'email must be an email' },
          // A rule the app has no words for falls back to the API's own sentence.
          { line: 3, field: 'sector', rule: null, message: 'Unknown sector "health care".' },
        ],
        finishedAt: '2026-12-01T10:00:05.000Z',
      }),
    );
    fixture.detectChanges();

    expect(dialog().querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('100');
    const summary = dialog().querySelector('.summary')?.textContent ?? '';
    expect(summary).toContain('Внасянето приключи.');
    expect(summary).toContain('Нови контакти: 1');
    expect(summary).toContain('Допълнени контакти: 1');
    expect(summary).toContain('Редове с грешки: 2');
    const lines = Array.from(dialog().querySelectorAll('.row-errors li')).map((li) => li.textContent?.trim());
    expect(lines).toEqual([
      'Ред 3: сектор – Unknown sector "health care".',
      'Ред 7: имейл – Въведете валиден имейл адрес.',
    ]);

    // The API's own words are English; a screen reader should read them so.
    const langs = Array.from(dialog().querySelectorAll('.row-errors li span')).map((span) =>
      span.getAttribute('lang'),
    );
    expect(langs).toEqual(['en', null]);

    // A finished import is not asked about again.
    jest.advanceTimersByTime(IMPORT_POLL_MS * 5);
    http.expectNone(STATUS);
    jest.useRealTimers();

    button(dialog(), 'Затвори').click();
    await Promise.resolve();
    TestBed.tick();
    http.expectOne(isList).flush({ items: [], total: 0, page: 1, pageSize: 50 });
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('.outcome')?.textContent).toContain(
      'Внасянето приключи. Нови контакти: 1. Допълнени: 1. Редове с грешки: 2.',
    );
  });

  it('lists what made the API refuse the whole file, in words and with the column it names', async () => {
    await openDialog();
    const upload = await send('имейл;телефон\nanna@example.bg;0888\n');
    const refusal: Problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'The request has invalid fields.',
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'csv', rule: 'unknownColumn', message: 'unknown column "телефон"' }],
    };
    upload.flush(refusal, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    const alert = dialog().querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('Файлът не може да бъде внесен.');
    expect(alert).toContain('Непозната колона в заглавния ред.');
    expect(alert).toContain('unknown column "телефон"');
    // Nothing was started, so nothing is followed.
    http.expectNone(STATUS);
  });
});
