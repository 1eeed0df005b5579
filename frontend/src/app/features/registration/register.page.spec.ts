import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Event, Problem, Registration, RegistrationInput } from '@roundtable/contracts';
import { aPublicOrganisation, aRegistration, anEvent } from '../../../testing/builders';
import { checkbox, choose, click, errorOf, field, fill } from '../../../testing/dom';
import { RegisterPage } from './register.page';

const EVENT = anEvent({
  status: 'published',
  startsAt: '2031-05-21T09:30:00+03:00',
  endsAt: '2031-05-21T13:30:00+03:00',
});
const POST_URL = `/api/events/${EVENT.id}/registrations`;
const GUARD_URL = `/api/events/${EVENT.id}/registration-form`;
/** No wait: the specs that are not about the fill time send at once. */
const GUARD = { formToken: 'token-1', minFillSeconds: 0, honeypotField: 'website' };

describe('RegisterPage', () => {
  let fixture: ComponentFixture<RegisterPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(event: Event = EVENT): Promise<void> {
    fixture = TestBed.createComponent(RegisterPage);
    fixture.componentRef.setInput('slug', event.slug);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne(`/api/events/${event.slug}`).flush(event);
    await fixture.whenStable();
    if (page.querySelector('rt-registration-form')) http.expectOne(GUARD_URL).flush(GUARD);
  }

  async function fillRequired(): Promise<void> {
    fill(page, 'Име', 'Мария');
    fill(page, 'Фамилия', 'Петрова');
    fill(page, 'Имейл', ' m.petrova@example.bg ');
    fill(page, 'Организация', 'Община Раковски');
    await choose(fixture, 'Сектор', ['Общинска администрация']);
    checkbox(page, consentProcessing).click();
    await fixture.whenStable();
  }

  const consentProcessing =
    'Съгласен/на съм личните ми данни да бъдат обработвани за организирането на събитието съгласно ' +
    'уведомлението за поверителност.';
  const alert = () => page.querySelector('[role="alert"]')?.textContent?.trim();

  async function submitAnd(answer: Registration | { problem: Partial<Problem>; status: number }) {
    await click(fixture, 'Регистрирай ме');
    const request = http.expectOne(POST_URL);
    expect(request.request.headers.has('Authorization')).toBe(false);
    if ('problem' in answer) request.flush(answer.problem, { status: answer.status, statusText: 'Error' });
    else request.flush(answer, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    return request.request.body as RegistrationInput;
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [RegisterPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    // The organisation (its privacy notice) is read once per visit by whatever shows it first.
    for (const request of http.match('/api/organisation/public')) request.flush(aPublicOrganisation());
    http.verify();
  });

  it("shows the organisation's privacy notice, with the version the consents are given under", async () => {
    await open();
    const consents = () => page.querySelector('fieldset.consents')?.textContent ?? '';
    expect(consents()).not.toContain('версия');
    http.expectOne('/api/organisation/public').flush(aPublicOrganisation());
    await fixture.whenStable();
    const notice = page.querySelector<HTMLDetailsElement>('details.privacy');
    expect(notice?.querySelector('summary')?.textContent?.trim()).toBe('Уведомление за поверителност');
    expect(notice?.querySelector('.notice')?.textContent).toBe(
      'Фондацията обработва личните Ви данни,\nза да организира събитието.',
    );
    expect(consents()).toContain(
      'Съгласията се дават според уведомлението за поверителност, версия 2031-04.',
    );
  });

  it("lets long messages under a field wrap: the app's form-field defaults reach the form and its deferred parts", async () => {
    await open();
    const fields = Array.from(page.querySelectorAll('mat-form-field'));
    expect(fields.length).toBeGreaterThan(8);
    for (const formField of fields) {
      expect(formField.querySelector('.mat-mdc-form-field-subscript-dynamic-size')).not.toBeNull();
    }
    // The deferred municipality field has come in place of its stand-in.
    expect(page.querySelector('rt-municipality-field mat-form-field')).not.toBeNull();
  });

  it('says what is missing next to each field, sums it up and takes the keyboard to the first', async () => {
    await open();
    fill(page, 'Имейл', 'не-е-имейл');
    await click(fixture, 'Регистрирай ме');
    http.expectNone(POST_URL);
    expect(alert()).toBe('Някои полета не са попълнени правилно. Моля, проверете отбелязаните полета.');
    expect(errorOf(page, 'Име')).toBe('Полето е задължително.');
    expect(errorOf(page, 'Имейл')).toBe('Въведете валиден имейл адрес.');
    expect(page.textContent).toContain('Моля, потвърдете, за да продължите.');
    expect(document.activeElement).toBe(field(page, 'Име').querySelector('input'));
  });

  it('sends what was given, trimmed, with the municipality picked by its name in either language', async () => {
    await open();
    await fillRequired();
    const municipality = field(page, 'Община').querySelector('input') as HTMLInputElement;
    municipality.dispatchEvent(new Event('focusin'));
    fill(page, 'Община', 'Rakov');
    await fixture.whenStable();
    const option = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((candidate) =>
      candidate.textContent?.includes('Раковски'),
    );
    expect(option?.textContent?.trim()).toBe('Раковски (обл. Пловдив)');
    option?.click();
    await fixture.whenStable();
    checkbox(
      page,
      'Съгласен/на съм организаторите да се свързват с мен за бъдещи събития и за проследяване на резултатите.',
    ).click();
    const body = await submitAnd(aRegistration());
    expect(body).toEqual({
      firstName: 'Мария',
      lastName: 'Петрова',
      email: 'm.petrova@example.bg',
      organization: 'Община Раковски',
      sector: 'municipal',
      municipality: 'PDV25',
      language: 'bg',
      consents: { processing: true, media: false, publishName: false, followUp: true },
      formToken: 'token-1',
      website: '',
    });
  });

  it('takes the keyboard to the processing consent when only it is missing, and says why', async () => {
    await open();
    await fillRequired();
    checkbox(page, consentProcessing).click();
    await click(fixture, 'Регистрирай ме');
    http.expectNone(POST_URL);
    const consent = checkbox(page, consentProcessing);
    expect(document.activeElement).toBe(consent);
    const note = document.getElementById(consent.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent?.trim()).toBe('Моля, потвърдете, за да продължите.');
  });

  it('puts the server’s field errors next to their fields, in Bulgarian', async () => {
    await open();
    await fillRequired();
    await submitAnd({
      status: 400,
      problem: {
        code: 'VALIDATION_FAILED',
        detail: 'Validation failed',
        errors: [{ field: 'phone', rule: 'matches', message: 'phone must be a telephone number' }],
      },
    });
    expect(errorOf(page, 'Телефон')).toBe('Моля, въведете стойността в правилния формат.');
    expect(alert()).toBe('Някои полета не са попълнени правилно. Моля, проверете отбелязаните полета.');
    expect(document.activeElement).toBe(field(page, 'Телефон').querySelector('input'));
  });

  it('hides the honeypot from people, screen readers and autofill, and sends it as it is', async () => {
    await open();
    const honeypot = page.querySelector<HTMLInputElement>('input#registration-website');
    expect(honeypot?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(honeypot?.getAttribute('tabindex')).toBe('-1');
    expect(honeypot?.getAttribute('autocomplete')).toBe('off');
    await fillRequired();
    // A script fills every field it finds; the server, not the page, decides what that means.
    (honeypot as HTMLInputElement).value = 'https://spam.example';
    honeypot?.dispatchEvent(new Event('input'));
    const body = (await submitAnd(aRegistration())) as RegistrationInput & Record<string, string>;
    expect(body['website']).toBe('https://spam.example');
  });

  it('fetches a fresh token when the server refuses the form check, keeps what was typed and sends again', async () => {
    await open();
    await fillRequired();
    fill(page, 'Телефон', '+359 2 123 4567');
    await submitAnd({ status: 400, problem: { code: 'FORM_CHECK_FAILED', detail: 'Reload the form.' } });
    http.expectOne(GUARD_URL).flush({ ...GUARD, formToken: 'token-2' });
    await fixture.whenStable();
    expect(alert()).toBe(
      'Формулярът не можа да бъде изпратен. Попълненото е запазено: моля, изпратете го отново.',
    );
    expect((field(page, 'Телефон').querySelector('input') as HTMLInputElement).value).toBe('+359 2 123 4567');
    const body = (await submitAnd(aRegistration())) as RegistrationInput & Record<string, string>;
    expect(body['formToken']).toBe('token-2');
    expect(body.phone).toBe('+359 2 123 4567');
    expect(page.querySelector('rt-registration-result')).not.toBeNull();
  });

  it('holds a send quicker than the fill time until the token is old enough, instead of being refused', async () => {
    let now = Date.parse('2031-05-01T10:00:00Z');
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    fixture = TestBed.createComponent(RegisterPage);
    fixture.componentRef.setInput('slug', EVENT.slug);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne(`/api/events/${EVENT.slug}`).flush(EVENT);
    await fixture.whenStable();
    http.expectOne(GUARD_URL).flush({ ...GUARD, minFillSeconds: 3 });
    await fillRequired();
    now += 1000;
    jest.useFakeTimers({ doNotFake: ['Date', 'queueMicrotask', 'nextTick', 'setImmediate'] });
    try {
      (page.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      jest.advanceTimersByTime(1999);
      http.expectNone(POST_URL);
      jest.advanceTimersByTime(1);
      http.expectOne(POST_URL).flush(aRegistration(), { status: 201, statusText: 'Created' });
    } finally {
      jest.useRealTimers();
      jest.restoreAllMocks();
    }
    await fixture.whenStable();
    expect(page.querySelector('rt-registration-result')).not.toBeNull();
  });

  it('fetches the token on sending when opening the form could not', async () => {
    fixture = TestBed.createComponent(RegisterPage);
    fixture.componentRef.setInput('slug', EVENT.slug);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne(`/api/events/${EVENT.slug}`).flush(EVENT);
    await fixture.whenStable();
    http.expectOne(GUARD_URL).flush(null, { status: 503, statusText: 'Unavailable' });
    await fillRequired();
    await click(fixture, 'Регистрирай ме');
    http.expectOne(GUARD_URL).flush({ ...GUARD, formToken: 'token-late' });
    await fixture.whenStable();
    const request = http.expectOne(POST_URL);
    expect((request.request.body as Record<string, string>)['formToken']).toBe('token-late');
    request.flush(aRegistration(), { status: 201, statusText: 'Created' });
  });

  it('says at the e-mail field that the address is already registered', async () => {
    await open();
    await fillRequired();
    await submitAnd({ status: 409, problem: { code: 'ALREADY_REGISTERED', detail: 'Already registered.' } });
    expect(errorOf(page, 'Имейл')).toBe('С този имейл адрес вече има регистрация за събитието.');
    expect(document.activeElement).toBe(field(page, 'Имейл').querySelector('input'));
  });

  it.each([
    [
      aRegistration({ status: 'confirmed' }),
      'Регистрацията е потвърдена',
      'Мястото Ви на събитието е запазено.',
    ],
    [
      aRegistration({ status: 'waitlisted', waitlistPosition: 3 }),
      'Включени сте в списъка на чакащите',
      'Място в списъка на чакащите: 3',
    ],
    [aRegistration({ status: 'pending' }), 'Регистрацията очаква одобрение', 'Организаторите ще прегледат'],
  ])(
    'says where the person stands (%#) and that the manage link comes by e-mail',
    async (answer, heading, text) => {
      await open();
      await fillRequired();
      await submitAnd(answer);
      const result = page.querySelector('rt-registration-result') as HTMLElement;
      expect(result.querySelector('h2')?.textContent?.trim()).toBe(heading);
      expect(result.textContent).toContain(text);
      expect(result.textContent).toContain('Изпратихме писмо на m.petrova@example.bg с връзка');
      expect(page.querySelector('form rt-registration-form, rt-registration-form')).toBeNull();
      expect(document.activeElement).toBe(result.querySelector('h2'));
    },
  );

  it('still offers the form when the seats are taken, saying it leads to the wait list', async () => {
    await open({ ...EVENT, seatsLeft: 0 });
    expect(page.querySelector('rt-registration-form')).not.toBeNull();
    expect(page.textContent).toContain('Местата са заети – можете да се включите в списъка на чакащите.');
  });

  it('offers no form when the event takes guests by invitation only', async () => {
    await open({ ...EVENT, registrationMode: 'invite-only' });
    expect(page.querySelector('rt-registration-form')).toBeNull();
    expect(page.textContent).toContain('Участието е само с покана от организаторите.');
  });

  it('sends a lost link and answers the same whatever the address', async () => {
    await open();
    fill(page, 'Имейл', 'someone@example.bg', 1);
    await click(fixture, 'Изпрати връзката');
    const request = http.expectOne('/api/registrations/lost-link');
    expect(request.request.body).toEqual({ email: 'someone@example.bg', eventId: EVENT.id });
    request.flush(null, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(page.querySelector('rt-lost-link [role="status"]')?.textContent).toContain(
      'Ако на този адрес има регистрация за събитието',
    );
  });
});
