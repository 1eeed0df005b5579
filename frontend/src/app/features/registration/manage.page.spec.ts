import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { Problem, Registration } from '@roundtable/contracts';
import { aRegistration, anEvent } from '../../../testing/builders';
import { button, checkbox, click, errorOf, fill } from '../../../testing/dom';
import { ManagePage } from './manage.page';
import type { RegistrationView } from './registration.api';
import { stubMaterialsList } from '../../../testing/stubs';

const TOKEN = 'manage-token-from-the-email';
const URL = `/api/registrations/by-token/${TOKEN}`;
const EVENT = anEvent({
  status: 'published',
  startsAt: '2031-05-21T09:30:00+03:00',
  endsAt: '2031-05-21T13:30:00+03:00',
});

describe('ManagePage', () => {
  let fixture: ComponentFixture<ManagePage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(
    answer: RegistrationView | { problem: Partial<Problem>; status: number },
  ): Promise<void> {
    fixture = TestBed.createComponent(ManagePage);
    fixture.componentRef.setInput('token', TOKEN);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    const request = http.expectOne(URL);
    expect(request.request.headers.has('Authorization')).toBe(false);
    if ('problem' in answer) request.flush(answer.problem, { status: answer.status, statusText: 'Error' });
    else request.flush(answer);
    await fixture.whenStable();
  }

  /** The dialog lives in the overlay, outside the page. */
  async function confirmInDialog(name: string): Promise<void> {
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog).not.toBeNull();
    button(dialog, name).click();
    await fixture.whenStable();
  }

  const view = (registration: Partial<Registration> = {}): RegistrationView => ({
    registration: aRegistration(registration),
    event: EVENT,
  });
  const status = () => page.querySelector('#status-text')?.textContent?.trim();

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ManagePage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        // Dialogs close at once instead of waiting for an animation jsdom never plays.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    stubMaterialsList(ManagePage);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
    http.verify();
  });

  it('greets the person formally, says where they stand and shows the event and the QR code', async () => {
    await open(view());
    expect(page.textContent).toContain('Здравейте, Мария Петрова,');
    // The materials this link opens are listed on the page (the list has its own spec).
    expect(page.querySelector('rt-materials-list')).not.toBeNull();
    expect(status()).toBe('Регистрацията Ви е потвърдена. Очакваме Ви!');
    expect(page.querySelector('h1')?.textContent).toBe(EVENT.title);
    expect(page.textContent).toContain('Зала „Сердика“');
    const qr = page.querySelector<HTMLImageElement>('.qr img');
    expect(qr?.getAttribute('src')).toBe(`${URL}/qr.png`);
    expect(qr?.alt).toBe('QR код на Вашата регистрация');
  });

  it('tells a wait-listed person their place and shows no QR code yet', async () => {
    await open(view({ status: 'waitlisted', waitlistPosition: 2 }));
    expect(status()).toContain('Вие сте в списъка на чакащите.');
    expect(status()).toContain('Място в списъка на чакащите: 2');
    expect(page.querySelector('.qr')).toBeNull();
  });

  it('saves changed details and consents, and puts the server’s field errors next to the field', async () => {
    await open(view());
    fill(page, 'Телефон', '+359 888 123 456');
    checkbox(page, 'Съгласен/на съм да бъда сниман/а и записван/а по време на събитието.').click();
    await click(fixture, 'Запази промените');
    const save = http.expectOne((request) => request.url === URL && request.method === 'PATCH');
    expect(save.request.body).toEqual({
      firstName: 'Мария',
      lastName: 'Петрова',
      organization: 'Община Раковски',
      position: 'Директор на дирекция',
      phone: '+359 888 123 456',
      accessibilityNeeds: '',
      consents: { processing: true, media: true, publishName: true, followUp: false },
    });
    save.flush(
      {
        code: 'VALIDATION_FAILED',
        detail: 'Invalid',
        errors: [{ field: 'phone', rule: 'maxLength', message: 'x' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(errorOf(page, 'Телефон')).toBe('Текстът е твърде дълъг.');

    // The server's mark stays until the person changes the field.
    fill(page, 'Телефон', '+359 888 123 456');
    await click(fixture, 'Запази промените');
    http
      .expectOne((request) => request.method === 'PATCH')
      .flush(aRegistration({ phone: '+359 888 123 456' }));
    await fixture.whenStable();
    expect(page.querySelector('rt-manage-details [role="status"]')?.textContent?.trim()).toBe(
      'Промените са запазени.',
    );
  });

  it('cancels only after the person confirms, then says so and offers no more changes', async () => {
    await open(view());
    await click(fixture, 'Откажи участие');
    expect(document.querySelector('mat-dialog-container')?.textContent).toContain(
      'Мястото Ви ще бъде освободено',
    );
    await confirmInDialog('Откажи участие');
    const cancel = http.expectOne((request) => request.url === URL && request.method === 'DELETE');
    cancel.flush(aRegistration({ status: 'cancelled' }));
    await fixture.whenStable();
    expect(status()).toBe('Регистрацията Ви е отказана. Благодарим Ви, че ни уведомихте.');
    expect(page.querySelector('rt-manage-details')).toBeNull();
  });

  it('sends nothing when the person steps back from deleting their data', async () => {
    await open(view());
    await click(fixture, 'Изтрий данните ми');
    expect(document.querySelector('mat-dialog-container')?.textContent).toContain(
      'Това действие не може да бъде отменено',
    );
    await confirmInDialog('Назад');
    http.expectNone((request) => request.method === 'DELETE');
  });

  it('deletes the data once confirmed and shows nothing of the person any more', async () => {
    await open(view());
    await click(fixture, 'Изтрий данните ми');
    await confirmInDialog('Изтрий окончателно');
    http
      .expectOne((request) => request.method === 'DELETE' && request.url === `${URL}/personal-data`)
      .flush(null);
    await fixture.whenStable();
    expect(page.textContent).toContain('Данните Ви са изтрити. Благодарим Ви!');
    expect(page.textContent).not.toContain('Мария');
  });

  it('says plainly when the link leads nowhere', async () => {
    await open({ status: 404, problem: { code: 'REGISTRATION_NOT_FOUND', detail: 'Not found' } });
    expect(page.textContent).toContain('Регистрацията не е намерена');
  });
});
