import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { BulkInvitationRequest, Invitation, InvitationInput, Problem } from '@roundtable/contracts';
import { anEvent, anInvitation } from '../../../../testing/builders';
import { button, choose, chooseFiles, click, errorOf, fill } from '../../../../testing/dom';
import { InvitationsPage } from './invitations.page';

const EVENT_ID = '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f';
const LIST = `/api/events/${EVENT_ID}/invitations`;

describe('InvitationsPage', () => {
  let fixture: ComponentFixture<InvitationsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  function problem(
    errors: Problem['errors'],
    code: Problem['code'] = 'VALIDATION_FAILED',
    status = 400,
  ): Problem {
    return { type: 'about:blank', title: 'Error', status, detail: 'Refused.', code, errors };
  }

  async function open(
    invitations: Invitation[] = [],
    event = anEvent({ status: 'published' }),
  ): Promise<void> {
    fixture = TestBed.createComponent(InvitationsPage);
    fixture.componentRef.setInput('id', EVENT_ID);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne(`/api/events/${EVENT_ID}`).flush(event);
    http.expectOne(LIST).flush({ items: invitations, total: invitations.length });
    await fixture.whenStable();
  }

  /** Every change is followed by a fresh list, so the page shows what the server now holds. */
  async function expectReload(invitations: Invitation[]): Promise<void> {
    await Promise.resolve();
    fixture.detectChanges();
    http.expectOne({ method: 'GET', url: LIST }).flush({ items: invitations, total: invitations.length });
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [InvitationsPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        // Dialogs close at once instead of waiting for an animation jsdom never plays.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  describe('the list', () => {
    it('counts the invitations by status and shows each answer, deputy and delivery', async () => {
      const declined = anInvitation({
        name: 'Иван Иванов',
        status: 'delegated',
        responseComment: 'В командировка съм.',
        delegatedTo: { id: 'deputy', name: 'Милена Георгиева', email: 'm.georgieva@example.bg' },
      });
      await open([
        anInvitation({
          name: 'Татяна Бакова',
          status: 'accepted',
          respondedAt: '2031-05-01T09:12:44.000Z',
          respondedVia: 'calendar',
        }),
        anInvitation({
          name: 'Петя Стоянова',
          delivery: { status: 'failed', attempts: 5, lastError: '550 mailbox unavailable' },
        }),
        declined,
        anInvitation({ id: 'deputy', name: 'Милена Георгиева', delegatedFromId: declined.id }),
      ]);
      const summary = page.querySelector('[aria-label="Поканите по статус"]')?.textContent ?? '';
      expect(summary.replace(/\s+/g, ' ')).toContain('Общо: 4');
      expect(summary.replace(/\s+/g, ' ')).toContain('Очаква отговор: 2');
      expect(summary.replace(/\s+/g, ' ')).toContain('Приета: 1');
      expect(summary.replace(/\s+/g, ' ')).toContain('Предадена на заместник: 1');

      const rows = Array.from(page.querySelectorAll('li.invitation')).map((row) =>
        (row.textContent ?? '').replace(/\s+/g, ' '),
      );
      expect(rows[1]).toContain('Неуспешна');
      expect(rows[1]).toContain('опити: 5');
      expect(rows[1]).toContain('Грешка: 550 mailbox unavailable');
      expect(rows[2]).toContain('Коментар: „В командировка съм.“');
      expect(rows[2]).toContain('Предадена на Милена Георгиева (m.georgieva@example.bg)');
      expect(rows[3]).toContain('Заместник на Иван Иванов');
      expect(rows[0]).toContain('Изпратена');
      expect(rows[0]).toContain('· от календара');
      expect(rows[1]).not.toContain('от календара');
    });

    it('shows a bounced delivery with the mail server’s reason, without counting attempts', async () => {
      await open([
        anInvitation({
          name: 'Петя Стоянова',
          delivery: {
            status: 'bounced',
            attempts: 1,
            lastError: '5.1.1 smtp; 550 5.1.1 User unknown',
            sentAt: '2031-05-01T09:30:00.000Z',
          },
        }),
      ]);
      const row = page.querySelector('li.invitation');
      const text = (row?.textContent ?? '').replace(/\s+/g, ' ');
      expect(text).toContain('Върната от пощенския сървър');
      expect(text).toContain('Грешка: 5.1.1 smtp; 550 5.1.1 User unknown');
      expect(text).not.toContain('опити');
      expect(row?.querySelector('.delivery.failed')).toBeTruthy();
    });

    it('offers a reminder only while an invitation awaits its answer, and nothing once it is closed', async () => {
      await open([
        anInvitation({ name: 'Татяна Бакова', status: 'accepted' }),
        anInvitation({ name: 'Петя Стоянова', status: 'pending' }),
        anInvitation({ name: 'Иван Иванов', status: 'revoked' }),
      ]);
      expect(button(page, 'Изпрати отново: Татяна Бакова')).toBeTruthy();
      expect(() => button(page, 'Напомни: Татяна Бакова')).toThrow();
      expect(button(page, 'Напомни: Петя Стоянова')).toBeTruthy();
      expect(() => button(page, 'Изпрати отново: Иван Иванов')).toThrow();
      expect(() => button(page, 'Оттегли: Иван Иванов')).toThrow();
    });

    it('resends and reminds through the invitation’s own address, then refreshes', async () => {
      const pending = anInvitation({ name: 'Петя Стоянова' });
      await open([pending]);

      await click(fixture, 'Изпрати отново: Петя Стоянова');
      http.expectOne({ method: 'POST', url: `/api/invitations/${pending.id}/resend` }).flush(pending);
      await expectReload([pending]);

      await click(fixture, 'Напомни: Петя Стоянова');
      http.expectOne({ method: 'POST', url: `/api/invitations/${pending.id}/remind` }).flush(pending);
      await expectReload([pending]);
    });

    it('withdraws only after confirming, then refreshes', async () => {
      const pending = anInvitation({ name: 'Петя Стоянова' });
      await open([pending]);

      await click(fixture, 'Оттегли: Петя Стоянова');
      const dialog = document.querySelector<HTMLElement>('mat-dialog-container');
      expect(dialog?.textContent).toContain('Петя Стоянова ще получи писмо');
      http.expectNone(`/api/invitations/${pending.id}/revoke`);
      button(dialog as HTMLElement, 'Оттегли поканата').click();
      await fixture.whenStable();

      http
        .expectOne({ method: 'POST', url: `/api/invitations/${pending.id}/revoke` })
        .flush({ ...pending, status: 'revoked' });
      await expectReload([{ ...pending, status: 'revoked' }]);
      expect(page.textContent).toContain('Оттеглена');
    });

    it('says why an action was refused, and shows the list as it now is', async () => {
      const pending = anInvitation({ name: 'Петя Стоянова' });
      await open([pending]);
      await click(fixture, 'Напомни: Петя Стоянова');
      http
        .expectOne(`/api/invitations/${pending.id}/remind`)
        .flush(problem(undefined, 'INVITATION_CLOSED', 409), { status: 409, statusText: 'Conflict' });
      await expectReload([{ ...pending, status: 'declined' }]);
      expect(page.querySelector('[role="alert"]')?.textContent).toContain(
        'Поканата вече не е активна и не може да бъде променяна.',
      );
    });
  });

  describe('inviting one person', () => {
    it('sends the person with their role, the event’s language and a wall-clock deadline', async () => {
      await open([], anEvent({ status: 'published', language: 'en' }));
      fill(page, 'Име', '  Татяна Бакова ');
      fill(page, 'Имейл', 'tbakova@rakovski.bg');
      await choose(fixture, 'Роля', ['Модератор']);
      fill(page, 'Организация (по желание)', 'Община Раковски');
      fill(page, 'Длъжност (по желание)', '');
      await choose(fixture, 'Сектор (по желание)', ['Общинска администрация']);
      fill(page, 'Срок за отговор (по желание)', '2026-05-10T18:00');
      fill(page, 'Лично съобщение (по желание)', 'Ще се радваме да модерирате.');
      await fixture.whenStable();
      await click(fixture, 'Изпрати поканата');

      const request = http.expectOne({ method: 'POST', url: LIST });
      expect(request.request.body).toEqual({
        name: 'Татяна Бакова',
        email: 'tbakova@rakovski.bg',
        role: 'moderator',
        organization: 'Община Раковски',
        sector: 'municipal',
        language: 'en',
        respondBy: '2026-05-10T18:00',
        message: 'Ще се радваме да модерирате.',
      } satisfies InvitationInput);
      request.flush(anInvitation({ name: 'Татяна Бакова' }));
      await expectReload([anInvitation({ name: 'Татяна Бакова' })]);
      expect(errorOf(page, 'Име')).toBe('');
    });

    it('checks the name and e-mail first, and says next to the e-mail when the person is already invited', async () => {
      await open();
      fill(page, 'Имейл', 'not-an-address');
      await click(fixture, 'Изпрати поканата');
      expect(errorOf(page, 'Име')).toBe('Полето е задължително.');
      expect(errorOf(page, 'Имейл')).toBe('Въведете валиден имейл адрес.');
      http.expectNone(LIST);

      fill(page, 'Име', 'Татяна Бакова');
      fill(page, 'Имейл', 'tbakova@rakovski.bg');
      await click(fixture, 'Изпрати поканата');
      http
        .expectOne({ method: 'POST', url: LIST })
        .flush(problem(undefined, 'ALREADY_INVITED', 409), { status: 409, statusText: 'Conflict' });
      await fixture.whenStable();
      expect(errorOf(page, 'Имейл')).toBe('Този човек вече има активна покана за събитието.');
    });
  });

  describe('inviting several', () => {
    const pasted = 'Име\tИмейл\tРоля\nТатяна Бакова\ttbakova@\tpanelist\nПетя Стоянова\tp@example.bg\tлектор';

    it('sends the pasted rows as CSV text with the shared deadline and message', async () => {
      await open();
      fill(page, 'Редове за поканване', pasted);
      fill(page, 'Отговор до (за всички редове, по желание)', '2026-05-10T18:00');
      fill(page, 'Съобщение към всички (по желание)', 'Очакваме ви!');
      await fixture.whenStable();
      await click(fixture, 'Изпрати поканите');

      const request = http.expectOne({ method: 'POST', url: `${LIST}/bulk` });
      expect(request.request.body).toEqual({
        csv: pasted,
        respondBy: '2026-05-10T18:00',
        message: 'Очакваме ви!',
      } satisfies BulkInvitationRequest);
      request.flush({ items: [anInvitation(), anInvitation()], total: 2 });
      await expectReload([anInvitation(), anInvitation()]);
      expect((page.querySelector('textarea[formcontrolname="csv"]') as HTMLTextAreaElement).value).toBe('');
    });

    it('lists every bad row by its line in the sheet, header problems first', async () => {
      await open();
      fill(page, 'Редове за поканване', pasted);
      await click(fixture, 'Изпрати поканите');
      http.expectOne(`${LIST}/bulk`).flush(
        problem([
          { field: 'rows.0.email', rule: 'isEmail', message: 'email must be an email' },
          { field: 'rows.1.role', rule: 'isIn', message: 'role must be one of the following values' },
          { field: 'rows.7.email', rule: 'alreadyInvited', message: 'x@example.bg is already invited' },
          { field: 'csv', rule: 'unknownColumn', message: 'unknown column "Позиция"' },
        ]),
        { status: 400, statusText: 'Bad Request' },
      );
      await fixture.whenStable();

      const alert = page.querySelector('rt-bulk-invite [role="alert"]');
      expect(alert?.textContent).toContain('Нито една покана не е изпратена.');
      const lines = Array.from(alert?.querySelectorAll('li') ?? []).map((li) => li.textContent?.trim());
      expect(lines).toEqual([
        'Непозната колона „Позиция“ в заглавния ред.',
        'Ред 2: Имейл – Въведете валиден имейл адрес.',
        'Ред 3: Роля – Изберете една от възможностите. Допустими стойности: панелист, лектор, модератор, гост, ' +
          'panelist, speaker, moderator, guest.',
        'Ред 9: Имейл – Вече има активна покана за този имейл.',
      ]);
    });

    it('reads a chosen .csv file into the rows, also when Excel saved it in windows-1251', async () => {
      await open();
      // "Име,Имейл,Роля\nИван,ivan@example.bg,guest" as Excel on a Bulgarian Windows saves it.
      const header = [0xc8, 0xec, 0xe5, 0x2c, 0xc8, 0xec, 0xe5, 0xe9, 0xeb, 0x2c, 0xd0, 0xee, 0xeb, 0xff];
      const row = Array.from(new TextEncoder().encode('\nIvan,ivan@example.bg,guest\n'));
      const file = new File([new Uint8Array([...header, ...row])], 'gosti.csv', { type: 'text/csv' });
      chooseFiles(page.querySelector<HTMLInputElement>('#bulk-file') as HTMLInputElement, [file]);
      // The browser reads the file asynchronously.
      for (let tries = 0; tries < 50 && !page.querySelector('.file-note'); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        await fixture.whenStable();
      }
      expect(page.textContent).toContain('Файлът gosti.csv е зареден в полето по-горе (редове с данни: 1).');

      await click(fixture, 'Изпрати поканите');
      const request = http.expectOne(`${LIST}/bulk`);
      expect((request.request.body as BulkInvitationRequest).csv).toBe(
        'Име,Имейл,Роля\nIvan,ivan@example.bg,guest\n',
      );
      request.flush({ items: [anInvitation()], total: 1 });
      await expectReload([anInvitation()]);
    });
  });

  it('offers no invitation forms and no actions for a cancelled event', async () => {
    await open([anInvitation({ name: 'Петя Стоянова' })], anEvent({ status: 'cancelled' }));
    expect(page.textContent).toContain('Събитието е отменено: не могат да се изпращат нови покани.');
    expect(() => button(page, 'Изпрати поканата')).toThrow();
    expect(() => button(page, 'Оттегли: Петя Стоянова')).toThrow();
  });
});
