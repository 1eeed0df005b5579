import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  PANELIST_CONSENTS,
  type Invitation,
  type InvitationProfileRequest,
  type InvitationResponseRequest,
  type Problem,
} from '@roundtable/contracts';
import { anAgendaItem, anEvent, anInvitation } from '../../../testing/builders';
import { button, checkbox, chooseFiles, click, errorOf, fill } from '../../../testing/dom';
import type { InvitationView } from './invitee.api';
import { InviteePage } from './invitee.page';

const TOKEN = 'secret-token-from-the-email';
const URL = `/api/invitations/by-token/${TOKEN}`;

describe('InviteePage', () => {
  let fixture: ComponentFixture<InviteePage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  function view(
    invitation: Partial<Invitation> = {},
    event: Parameters<typeof anEvent>[0] = {},
  ): InvitationView {
    return {
      invitation: anInvitation({ name: 'Мария Петрова', ...invitation }),
      event: anEvent({ status: 'published', ...event }),
      registration: null,
    };
  }

  async function open(answer: InvitationView | { problem: Partial<Problem>; status: number }): Promise<void> {
    fixture = TestBed.createComponent(InviteePage);
    fixture.componentRef.setInput('token', TOKEN);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    const request = http.expectOne(URL);
    expect(request.request.headers.has('Authorization')).toBe(false);
    if ('problem' in answer) request.flush(answer.problem, { status: answer.status, statusText: 'Error' });
    else request.flush(answer);
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

  afterEach(() => http.verify());

  it('shows the event in its own zone, the agenda, the role, the organiser’s message and the deadline', async () => {
    await open(
      view(
        {
          role: 'moderator',
          message: 'Ще се радваме да модерирате панела.',
          respondBy: '2026-05-10T18:00:00+03:00',
        },
        { agenda: [anAgendaItem({ title: 'Откриване' })] },
      ),
    );
    const text = page.textContent ?? '';
    expect(page.querySelector('h1')?.textContent).toBe('Кръгла маса „Ранно детско развитие“');
    expect(text).toContain('Здравейте, Мария Петрова,');
    expect(text).toContain('Каним Ви да бъдете модератор на:');
    expect(text).toContain('10:00 – 13:00 ч.');
    expect(text).toContain('(българско време)');
    expect(text).not.toContain('Europe/Sofia');
    expect(text).toContain('Зала „Сердика“');
    expect(text).toContain('Откриване');
    expect(text).toContain('Модератор');
    expect(text).toContain('Община Раковски');
    expect(text).toContain('Ще се радваме да модерирате панела.');
    expect(text).toContain('Моля, отговорете до 10 май 2026 г. в 18:00');
    expect(text).toContain('Все още не сте отговорили.');
  });

  it.each([
    ['Приемам', 'accepted', 'Благодарим Ви! Отбелязахме, че ще участвате.'],
    ['Може би', 'tentative', 'Благодарим Ви! Отбелязахме отговор „Може би“.'],
    ['Не мога да присъствам', 'declined', 'Благодарим Ви, че ни уведомихте.'],
  ] as const)('"%s" answers %s at once, with the comment', async (label, response, thanks) => {
    await open(view());
    fill(page, 'Коментар към организаторите (по желание)', '  Ще дойда след 11 ч.  ');
    await click(fixture, label);

    const request = http.expectOne({ method: 'POST', url: `${URL}/response` });
    expect(request.request.body).toEqual({
      response,
      comment: 'Ще дойда след 11 ч.',
    } satisfies InvitationResponseRequest);
    request.flush(anInvitation({ name: 'Мария Петрова', status: response }));
    await fixture.whenStable();
    expect(page.querySelector('[role="status"]')?.textContent).toContain(thanks);
    expect(button(page, label).getAttribute('aria-pressed')).toBe('true');
  });

  it('marks the current answer and lets the invitee change their mind', async () => {
    await open(view({ status: 'declined', responseComment: 'Служебен ангажимент.' }));
    expect(page.textContent).toContain('Отговорихте, че не можете да присъствате.');
    expect(page.textContent).toContain('Вашият коментар: „Служебен ангажимент.“');
    expect(button(page, 'Не мога да присъствам').getAttribute('aria-pressed')).toBe('true');
    expect(button(page, 'Приемам').getAttribute('aria-pressed')).toBe('false');

    fill(page, 'Коментар към организаторите (по желание)', '');
    await click(fixture, 'Приемам');
    const request = http.expectOne(`${URL}/response`);
    expect(request.request.body).toEqual({ response: 'accepted' });
    request.flush(anInvitation({ status: 'accepted' }));
  });

  it('asks for a deputy’s name and e-mail, then declines naming them', async () => {
    await open(view());
    await click(fixture, 'Ще изпратя заместник');
    expect(button(page, 'Ще изпратя заместник').getAttribute('aria-expanded')).toBe('true');
    await click(fixture, 'Изпращам поканата на заместника');
    expect(errorOf(page, 'Име на заместника')).toBe('Полето е задължително.');
    expect(errorOf(page, 'Имейл на заместника')).toBe('Полето е задължително.');
    http.expectNone(`${URL}/response`);

    fill(page, 'Име на заместника', ' Милена Георгиева ');
    fill(page, 'Имейл на заместника', 'm.georgieva@example.bg');
    await click(fixture, 'Изпращам поканата на заместника');
    const request = http.expectOne({ method: 'POST', url: `${URL}/response` });
    expect(request.request.body).toEqual({
      response: 'declined',
      deputy: { name: 'Милена Георгиева', email: 'm.georgieva@example.bg' },
    } satisfies InvitationResponseRequest);
    request.flush(anInvitation({ status: 'delegated' }));
    await fixture.whenStable();

    expect(page.textContent).toContain('Поканата е предадена на Милена Георгиева.');
    expect(page.textContent).not.toContain('Приемам');
    // The form that had focus is gone; the note takes it instead of <body>.
    expect(document.activeElement?.classList).toContain('closed');
  });

  it('says next to the field when the deputy is the invitee themself', async () => {
    await open(view());
    await click(fixture, 'Ще изпратя заместник');
    fill(page, 'Име на заместника', 'Мария Петрова');
    fill(page, 'Имейл на заместника', 'maria@example.bg');
    await click(fixture, 'Изпращам поканата на заместника');
    http.expectOne(`${URL}/response`).flush(
      {
        code: 'VALIDATION_FAILED',
        status: 400,
        errors: [{ field: 'deputy.email', rule: 'deputyIsSelf', message: 'the deputy must be someone else' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(errorOf(page, 'Имейл на заместника')).toBe('Заместникът трябва да е друг човек, с друг имейл.');
  });

  it.each([
    [
      'delegated',
      { delegatedTo: { id: 'd', name: 'Милена Георгиева', email: 'm@example.bg' } },
      'Поканата е предадена на Милена Георгиева.',
    ],
    ['delegated', {}, 'Поканата е предадена на Вашия заместник'],
    ['expired', {}, 'Срокът за отговор на тази покана изтече.'],
  ] as const)('says kindly why a %s invitation cannot be answered', async (status, extra, message) => {
    await open(view({ status, ...extra }));
    expect(page.textContent).toContain(message);
    expect(() => button(page, 'Приемам')).toThrow();
  });

  it('says the event is cancelled, with the reason, and offers no answer', async () => {
    await open(view({}, { status: 'cancelled', cancellationReason: 'Залата е в ремонт.' }));
    expect(page.textContent).toContain('Събитието е отменено.');
    expect(page.textContent).toContain('Причина: Залата е в ремонт.');
    expect(page.textContent).toContain('Не е нужно да отговаряте на поканата.');
    expect(() => button(page, 'Приемам')).toThrow();
  });

  it('shows a draft event anyway, with a note', async () => {
    await open(view({}, { status: 'draft' }));
    expect(page.textContent).toContain('Събитието все още не е публикувано');
    expect(button(page, 'Приемам')).toBeTruthy();
  });

  it('says a withdrawn invitation was withdrawn, with nothing of the event (the API sends none)', async () => {
    await open({ problem: { code: 'INVITATION_REVOKED', status: 410 }, status: 410 });
    expect(page.querySelector('h1')?.textContent).toBe('Поканата е оттеглена');
    expect(page.textContent).toContain('Организаторите оттеглиха тази покана.');
    expect(() => button(page, 'Приемам')).toThrow();
  });

  it('answers an unknown link with a kind not-found page', async () => {
    await open({ problem: { code: 'INVITATION_NOT_FOUND', status: 404 }, status: 404 });
    expect(page.querySelector('h1')?.textContent).toBe('Поканата не е намерена');
  });

  it('reloads when the invitation closed while the page was open', async () => {
    await open(view());
    await click(fixture, 'Приемам');
    http
      .expectOne(`${URL}/response`)
      .flush({ code: 'INVITATION_CLOSED', status: 409 }, { status: 409, statusText: 'Conflict' });
    await Promise.resolve();
    fixture.detectChanges();
    http
      .expectOne(URL)
      .flush({ code: 'INVITATION_REVOKED', status: 410 }, { status: 410, statusText: 'Gone' });
    await fixture.whenStable();
    expect(page.textContent).toContain('Организаторите оттеглиха тази покана.');
  });

  describe('profile', () => {
    it('is offered to panel members who accepted, with the consent texts word for word', async () => {
      await open(view({ status: 'accepted', role: 'guest' }));
      expect(page.textContent).not.toContain('Запази представянето');
      fixture.destroy();

      await open(view({ status: 'pending' }));
      expect(page.textContent).not.toContain('Запази представянето');
      fixture.destroy();

      await open(view({ status: 'tentative' }));
      expect(button(page, 'Запази представянето')).toBeTruthy();
      expect(checkbox(page, PANELIST_CONSENTS.publishName.bg)).toBeTruthy();
      expect(checkbox(page, PANELIST_CONSENTS.publishPhoto.bg)).toBeTruthy();
      expect(page.textContent).toContain('Можете да оттеглите съгласието си по всяко време');
    });

    it('saves the bio and the consents, then uploads the chosen photo', async () => {
      await open(
        view({
          status: 'accepted',
          consents: { publishName: false, publishPhoto: true, version: 'panelist-2026-11', givenAt: null },
        }),
      );
      fill(page, 'Кратко представяне (по желание)', '  Социален работник с 15 години опит.  ');
      checkbox(page, PANELIST_CONSENTS.publishName.bg).click();
      // Withdrawn: the box was ticked before.
      checkbox(page, PANELIST_CONSENTS.publishPhoto.bg).click();
      const photo = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'snimka.png', { type: 'image/png' });
      chooseFiles(page.querySelector<HTMLInputElement>('#profile-photo') as HTMLInputElement, [photo]);
      await fixture.whenStable();
      expect(page.textContent).toContain('Избран файл: snimka.png');

      await click(fixture, 'Запази представянето');
      const profile = http.expectOne({ method: 'PUT', url: `${URL}/profile` });
      expect(profile.request.body).toEqual({
        bio: 'Социален работник с 15 години опит.',
        publishName: true,
        publishPhoto: false,
      } satisfies InvitationProfileRequest);
      profile.flush(anInvitation({ status: 'accepted' }));

      const upload = http.expectOne({ method: 'POST', url: `${URL}/photo` });
      expect((upload.request.body as FormData).get('photo')).toBeInstanceOf(File);
      upload.flush(anInvitation({ status: 'accepted', hasPhoto: true }));
      await fixture.whenStable();
      expect(page.textContent).toContain('Представянето е запазено.');
    });

    it('refuses a file that is not a photo before uploading anything', async () => {
      await open(view({ status: 'accepted' }));
      const pdf = new File(['%PDF'], 'cv.pdf', { type: 'application/pdf' });
      chooseFiles(page.querySelector<HTMLInputElement>('#profile-photo') as HTMLInputElement, [pdf]);
      await fixture.whenStable();
      expect(page.querySelector('.photo-error')?.textContent).toContain('JPEG, PNG или WebP');
      await click(fixture, 'Запази представянето');
      http.expectOne(`${URL}/profile`).flush(anInvitation({ status: 'accepted' }));
      http.expectNone(`${URL}/photo`);
    });
  });
});
