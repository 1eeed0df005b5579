import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { GuestRegistrationPrefill, Invitation, InvitationResponseRequest } from '@roundtable/contracts';
import { aPublicOrganisation, anEvent, anInvitation } from '../../../testing/builders';
import { button, checkbox, click, errorOf, field, fill } from '../../../testing/dom';
import { InviteePage } from './invitee.page';

const TOKEN = 'guest-token-from-the-email';
const URL = `/api/invitations/by-token/${TOKEN}`;
const PREFILL: GuestRegistrationPrefill = {
  firstName: 'Мария',
  lastName: 'Петрова',
  email: 'm.petrova@example.bg',
  organization: 'Община Раковски',
  position: 'Кмет',
  sector: 'municipal',
  language: 'bg',
};
const CONSENT_PROCESSING =
  'Съгласен/на съм личните ми данни да бъдат обработвани за организирането на събитието съгласно ' +
  'уведомлението за поверителност.';

describe('InviteePage for a guest', () => {
  let fixture: ComponentFixture<InviteePage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const value = (label: string) => (field(page, label).querySelector('input') as HTMLInputElement).value;
  const alert = () => page.querySelector('[role="alert"]')?.textContent?.trim();

  async function open(invitation: Partial<Invitation>, registration: GuestRegistrationPrefill | null) {
    fixture = TestBed.createComponent(InviteePage);
    fixture.componentRef.setInput('token', TOKEN);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne(URL).flush({
      invitation: anInvitation({ name: 'Мария Петрова', email: PREFILL.email, ...invitation }),
      event: anEvent({ status: 'published' }),
      registration,
    });
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [InviteePage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    // The organisation (its privacy notice) is read once per visit by whatever shows it first.
    for (const request of http.match('/api/organisation/public')) request.flush(aPublicOrganisation());
    http.verify();
  });

  it('opens the registration fields on "accept", prefilled from the invitation, and sends them with it', async () => {
    await open({ role: 'guest' }, PREFILL);
    await click(fixture, 'Приемам');
    http.expectNone(`${URL}/response`);
    expect(button(page, 'Приемам').getAttribute('aria-expanded')).toBe('true');
    expect(value('Име')).toBe('Мария');
    expect(value('Фамилия')).toBe('Петрова');
    expect(value('Организация')).toBe('Община Раковски');
    expect(value('Длъжност')).toBe('Кмет');
    expect(page.textContent).toContain('Потвърждението ще бъде изпратено на m.petrova@example.bg.');
    expect(document.activeElement).toBe(field(page, 'Име').querySelector('input'));

    // Consents are never assumed: the person gives them here.
    await click(fixture, 'Потвърждавам участието си');
    http.expectNone(`${URL}/response`);
    expect(alert()).toBe('Някои полета не са попълнени правилно. Моля, проверете отбелязаните полета.');
    expect(document.activeElement).toBe(checkbox(page, CONSENT_PROCESSING));

    checkbox(page, CONSENT_PROCESSING).click();
    fill(page, 'Телефон', ' +359 2 123 4567 ');
    fill(page, 'Коментар към организаторите (по желание)', 'Ще дойда с колега.');
    await click(fixture, 'Потвърждавам участието си');
    const request = http.expectOne({ method: 'POST', url: `${URL}/response` });
    expect(request.request.body).toEqual({
      response: 'accepted',
      comment: 'Ще дойда с колега.',
      registration: {
        firstName: 'Мария',
        lastName: 'Петрова',
        organization: 'Община Раковски',
        position: 'Кмет',
        sector: 'municipal',
        phone: '+359 2 123 4567',
        language: 'bg',
        consents: { processing: true, media: false, publishName: false, followUp: false },
      },
    } satisfies InvitationResponseRequest);
    request.flush(anInvitation({ role: 'guest', status: 'accepted' }));
    await fixture.whenStable();

    expect(page.querySelector('[role="status"]')?.textContent).toContain('Отбелязахме, че ще участвате.');
    expect(page.textContent).toContain('Регистрацията Ви е потвърдена.');
    expect(() => button(page, 'Приемам')).toThrow();
    // The form that had focus is gone; the note takes it instead of <body>.
    expect(document.activeElement?.textContent).toContain('Регистрацията Ви е потвърдена.');
  });

  it('puts the server’s registration field errors on their fields', async () => {
    await open({ role: 'guest' }, PREFILL);
    await click(fixture, 'Приемам');
    checkbox(page, CONSENT_PROCESSING).click();
    fill(page, 'Телефон', '+359 2 123 4567');
    await click(fixture, 'Потвърждавам участието си');
    http.expectOne(`${URL}/response`).flush(
      {
        code: 'VALIDATION_FAILED',
        status: 400,
        errors: [
          { field: 'registration.phone', rule: 'matches', message: 'phone must be a telephone number' },
          {
            field: 'registration.firstName',
            rule: 'maxLength',
            message: 'too long',
            constraints: { max: 100 },
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(errorOf(page, 'Телефон')).toBe('Моля, въведете стойността в правилния формат.');
    expect(errorOf(page, 'Име')).not.toBe('');
    expect(alert()).toBe('Някои полета не са попълнени правилно. Моля, проверете отбелязаните полета.');
    expect(document.activeElement).toBe(field(page, 'Име').querySelector('input'));
  });

  it('answers "maybe" at once, without the registration', async () => {
    await open({ role: 'guest' }, PREFILL);
    await click(fixture, 'Може би');
    const request = http.expectOne(`${URL}/response`);
    expect(request.request.body).toEqual({ response: 'tentative' });
    request.flush(anInvitation({ role: 'guest', status: 'tentative' }));
  });

  it('keeps the panel’s flow: a moderator’s "accept" answers at once, with no registration', async () => {
    await open({ role: 'moderator' }, null);
    await click(fixture, 'Приемам');
    expect(page.querySelector('rt-registration-fields')).toBeNull();
    const request = http.expectOne(`${URL}/response`);
    expect(request.request.body).toEqual({ response: 'accepted' });
    request.flush(anInvitation({ role: 'moderator', status: 'accepted' }));
  });

  it('tells a guest who already accepted that the registration’s own link changes it', async () => {
    await open({ role: 'guest', status: 'accepted' }, PREFILL);
    expect(page.textContent).toContain('Регистрацията Ви е потвърдена.');
    expect(page.textContent).not.toContain('Можете да промените отговора си');
    expect(() => button(page, 'Приемам')).toThrow();
  });
});
