import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { AgendaItemInput, EventInput, Problem } from '@roundtable/contracts';
import { anAgendaItem, anEvent, anInvitation } from '../../../../testing/builders';
import { choose, click, errorOf, fill, openOptions } from '../../../../testing/dom';
import { EventEditorPage } from './event-editor.page';
import { stubStaffAssignment } from '../../../../testing/stubs';

const EVENT_ID = '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f';

describe('EventEditorPage', () => {
  let fixture: ComponentFixture<EventEditorPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(id: string): Promise<void> {
    fixture = TestBed.createComponent(EventEditorPage);
    fixture.componentRef.setInput('id', id);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  function problem(errors: Problem['errors'], code: Problem['code'] = 'VALIDATION_FAILED'): Problem {
    return {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'Invalid fields.',
      code,
      errors,
    };
  }

  async function fillValidEvent(): Promise<void> {
    fill(page, 'Заглавие', '  Форум за приобщаващо образование ');
    fill(page, 'Описание', 'Първи абзац.\n\nВтори абзац.');
    fill(page, 'Начало', '2026-05-21T10:00');
    fill(page, 'Край', '2026-05-21T13:00');
    fill(page, 'Име на мястото', 'Зала 1');
    fill(page, 'Адрес', 'ул. „Гюешево“ 21');
    fill(page, 'Град', 'София');
    fill(page, 'Брой места', '60');
    fill(page, 'Край на регистрацията (по желание)', '2026-05-19T18:00');
    fill(page, 'Здравеопазване', '10');
    fill(page, 'Партньори (по един на ред)', 'Фондация „За Нашите Деца“\n\n  Община Пловдив  ');
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [EventEditorPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    stubStaffAssignment();
    http = TestBed.inject(HttpTestingController);
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => {
    // The agenda editor also asks for the invitations (for its speakers picker); most tests are not about them.
    for (const request of http.match((r) => r.url.endsWith('/invitations'))) {
      request.flush({ items: [], total: 0 });
    }
    http.verify();
  });

  describe('details', () => {
    it('says in Bulgarian what is missing or wrong, and sends nothing', async () => {
      await open('new');
      fill(page, 'Начало', '2026-05-21T13:00');
      fill(page, 'Край', '2026-05-21T10:00');
      fill(page, 'Брой места', '0');
      fill(page, 'Връзка за онлайн участие (по желание)', 'meet.example.org');
      await click(fixture, 'Запази');

      expect(errorOf(page, 'Заглавие')).toBe('Полето е задължително.');
      expect(errorOf(page, 'Град')).toBe('Полето е задължително.');
      expect(errorOf(page, 'Край')).toBe('Краят трябва да е след началото.');
      expect(errorOf(page, 'Брой места')).toBe('Най-малко 1.');
      expect(errorOf(page, 'Връзка за онлайн участие (по желание)')).toBe(
        'Въведете пълен адрес, започващ с https://',
      );
      expect(page.querySelector('[role="alert"]')?.textContent).toContain(
        'Някои полета не са попълнени правилно',
      );
      http.expectNone('/api/events');
    });

    it('lists Sofia first as Bulgarian time and other zones by city, never by IANA id', async () => {
      await open('new');
      const zones = Array.from(
        page.querySelectorAll<HTMLOptionElement>('select[formcontrolname="timezone"] option'),
      );
      expect(zones[0]).toMatchObject({ value: 'Europe/Sofia', textContent: 'София (българско време)' });
      expect(zones.find((zone) => zone.value === 'America/New_York')?.textContent).toBe('New York');
      expect(zones.filter((zone) => zone.textContent?.includes('/'))).toEqual([]);
    });

    it('checks a sector quota against the seats and registration against the end of the event', async () => {
      await open('new');
      await fillValidEvent();
      fill(page, 'Здравеопазване', '61');
      fill(page, 'Край на регистрацията (по желание)', '2026-05-21T14:00');
      await click(fixture, 'Запази');

      expect(errorOf(page, 'Здравеопазване')).toBe('Квотата не може да е по-голяма от броя на местата.');
      expect(errorOf(page, 'Край на регистрацията (по желание)')).toBe(
        'Регистрацията трябва да приключва преди края на събитието.',
      );
      http.expectNone('/api/events');
    });

    it('creates the event with wall-clock times in its own zone, never converted to the browser’s', async () => {
      await open('new');
      await fillValidEvent();
      await click(fixture, 'Запази');

      const request = http.expectOne({ method: 'POST', url: '/api/events' });
      const body = request.request.body as EventInput;
      expect(body).toEqual({
        title: 'Форум за приобщаващо образование',
        description: 'Първи абзац.\n\nВтори абзац.',
        startsAt: '2026-05-21T10:00',
        endsAt: '2026-05-21T13:00',
        timezone: 'Europe/Sofia',
        language: 'bg',
        venue: { name: 'Зала 1', address: 'ул. „Гюешево“ 21', city: 'София' },
        onlineUrl: null,
        capacity: 60,
        registrationMode: 'open',
        registrationOpensAt: null,
        registrationClosesAt: '2026-05-19T18:00',
        sectorQuotas: { health: 10 },
        partners: ['Фондация „За Нашите Деца“', 'Община Пловдив'],
        themeIds: [],
      } satisfies EventInput);
      expect(body.startsAt).not.toMatch(/Z|[+-]\d\d:\d\d$/);

      request.flush(anEvent({ id: EVENT_ID, title: body.title }));
      await fixture.whenStable();
      expect(TestBed.inject(Router).navigate).toHaveBeenCalledWith(['/organizer/events', EVENT_ID], {
        replaceUrl: true,
      });
    });

    it('fills the form from the event’s own wall clock and saves changes with PATCH', async () => {
      await open(EVENT_ID);
      http
        .expectOne(`/api/events/${EVENT_ID}`)
        .flush(anEvent({ startsAt: '2026-05-21T10:00:00+03:00', endsAt: '2026-05-21T13:00:00+03:00' }));
      await fixture.whenStable();
      const startsAt = page.querySelector<HTMLInputElement>('input[formcontrolname="startsAt"]');
      expect(startsAt?.value).toBe('2026-05-21T10:00');

      fill(page, 'Брой места', '80');
      await click(fixture, 'Запази');
      const request = http.expectOne({ method: 'PATCH', url: `/api/events/${EVENT_ID}` });
      expect(request.request.body).toMatchObject({
        capacity: 80,
        startsAt: '2026-05-21T10:00',
        endsAt: '2026-05-21T13:00',
      });
      request.flush(anEvent({ capacity: 80 }));
    });

    it('puts the server’s field errors next to their fields, nested ones included, and the rest above the form', async () => {
      await open('new');
      await fillValidEvent();
      await click(fixture, 'Запази');

      http.expectOne('/api/events').flush(
        problem([
          { field: 'venue.city', rule: 'isNotEmpty', message: 'venue.city should not be empty' },
          {
            field: 'title',
            rule: 'maxLength',
            message: 'title must be shorter than or equal to 300 characters',
          },
          {
            field: 'sectorQuotas.health',
            rule: 'quotaWithinCapacity',
            message: 'the health quota cannot exceed 60',
          },
          { field: 'partners.1', rule: 'maxLength', message: 'each value in partners must be shorter' },
          { field: 'organiser', rule: 'unknownField', message: 'organiser is not a known field' },
        ]),
        { status: 400, statusText: 'Bad Request' },
      );
      await fixture.whenStable();

      expect(errorOf(page, 'Град')).toBe('Полето не може да е празно.');
      expect(errorOf(page, 'Заглавие')).toBe('Текстът е твърде дълъг.');
      expect(errorOf(page, 'Здравеопазване')).toBe('Квотата не може да е по-голяма от броя на местата.');
      expect(errorOf(page, 'Партньори (по един на ред)')).toBe('Текстът е твърде дълъг.');
      const alert = page.querySelector('[role="alert"]')?.textContent ?? '';
      expect(alert).toContain('Някои полета не са попълнени правилно');
      expect(alert).toContain('organiser: Това поле не се поддържа.');
    });

    it('translates a refusal by its code', async () => {
      await open(EVENT_ID);
      http.expectOne(`/api/events/${EVENT_ID}`).flush(anEvent({ status: 'published' }));
      await fixture.whenStable();
      await click(fixture, 'Запази');
      http
        .expectOne({ method: 'PATCH', url: `/api/events/${EVENT_ID}` })
        .flush(problem(undefined, 'EVENT_CANCELLED'), { status: 409, statusText: 'Conflict' });
      await fixture.whenStable();
      expect(page.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
        'Събитието е отменено и вече не може да се променя.',
      );
    });
  });

  describe('agenda', () => {
    const opening = anAgendaItem({
      title: 'Откриване',
      startsAt: '2026-05-21T10:00:00+03:00',
      endsAt: '2026-05-21T10:30:00+03:00',
      kind: 'talk',
    });
    const panel = anAgendaItem({
      title: 'Панел',
      description: 'Модератор: Трендафил Меретев',
      startsAt: '2026-05-21T10:30:00+03:00',
      endsAt: '2026-05-21T11:15:00+03:00',
      kind: 'panel',
      speakerIds: ['5f0c6d1e-2c1b-4f8e-9a57-0d9c8b7a6e51'],
    });
    const discussion = anAgendaItem({
      title: 'Дискусия',
      startsAt: '2026-05-21T11:15:00+03:00',
      endsAt: '2026-05-21T12:00:00+03:00',
      kind: 'discussion',
    });

    beforeEach(async () => {
      await open(EVENT_ID);
      http.expectOne(`/api/events/${EVENT_ID}`).flush(anEvent({ agenda: [opening, panel, discussion] }));
      await fixture.whenStable();
    });

    it('sends the rows in their new order after moving, removing and adding', async () => {
      await click(fixture, 'Премести точка 3 нагоре');
      await click(fixture, 'Премахни точка 1');
      await click(fixture, 'Добави точка');
      fill(page, 'Заглавие', 'Въпроси и отговори', 3);
      await fixture.whenStable();
      await click(fixture, 'Запази програмата');

      const request = http.expectOne({ method: 'PUT', url: `/api/events/${EVENT_ID}/agenda` });
      expect(request.request.body).toEqual([
        {
          title: 'Дискусия',
          startsAt: '2026-05-21T11:15',
          endsAt: '2026-05-21T12:00',
          kind: 'discussion',
          speakerIds: [],
        },
        {
          title: 'Панел',
          description: 'Модератор: Трендафил Меретев',
          startsAt: '2026-05-21T10:30',
          endsAt: '2026-05-21T11:15',
          kind: 'panel',
          speakerIds: ['5f0c6d1e-2c1b-4f8e-9a57-0d9c8b7a6e51'],
        },
        // A new item starts where the one above it ends and lasts 30 minutes.
        {
          title: 'Въпроси и отговори',
          startsAt: '2026-05-21T11:15',
          endsAt: '2026-05-21T11:45',
          kind: 'talk',
          speakerIds: [],
        },
      ] satisfies AgendaItemInput[]);
      request.flush(anEvent({ agenda: [discussion, panel] }));
    });

    it('shows a server error on the row it names', async () => {
      await click(fixture, 'Запази програмата');
      http.expectOne({ method: 'PUT', url: `/api/events/${EVENT_ID}/agenda` }).flush(
        problem([
          {
            field: '2.startsAt',
            rule: 'withinEvent',
            message: 'the item must lie within the time of the event',
          },
        ]),
        { status: 400, statusText: 'Bad Request' },
      );
      await fixture.whenStable();

      // Field 0 is the event's own "Начало"; rows follow in order.
      expect(errorOf(page, 'Начало', 3)).toBe('Точката трябва да е в рамките на събитието.');
      expect(errorOf(page, 'Начало', 1)).toBe('');
      expect(errorOf(page, 'Начало', 2)).toBe('');
    });

    it('checks each row before sending: a title, and an end after the start within the event', async () => {
      fill(page, 'Заглавие', ' ', 1);
      fill(page, 'Край', '2026-05-21T09:45', 1);
      fill(page, 'Край', '2026-05-21T13:30', 3);
      await click(fixture, 'Запази програмата');

      expect(errorOf(page, 'Заглавие', 1)).toBe('Полето е задължително.');
      expect(errorOf(page, 'Край', 1)).toBe('Краят трябва да е след началото.');
      expect(errorOf(page, 'Край', 3)).toBe('Точката трябва да е в рамките на събитието.');
      http.expectNone(`/api/events/${EVENT_ID}/agenda`);
    });

    it('offers the open panel invitations as speakers and sends the chosen ones', async () => {
      const moderator = anInvitation({
        id: '5f0c6d1e-2c1b-4f8e-9a57-0d9c8b7a6e51',
        name: 'Трендафил Меретев',
        role: 'moderator',
        status: 'accepted',
      });
      const panelist = anInvitation({ name: 'Татяна Бакова', role: 'panelist', status: 'pending' });
      const guest = anInvitation({ name: 'Георги Иванов', role: 'guest', status: 'accepted' });
      const declined = anInvitation({ name: 'Петя Стоянова', role: 'speaker', status: 'declined' });
      http.expectOne(`/api/events/${EVENT_ID}/invitations`).flush({
        items: [moderator, panelist, guest, declined],
        total: 4,
      });
      await fixture.whenStable();

      // Guests and people who declined are not offered.
      await choose(fixture, 'Участници в програмата', [], 0);
      expect(openOptions().map((option) => option.textContent?.trim())).toEqual([
        'Трендафил Меретев · Модератор · Приета',
        'Татяна Бакова · Панелист · Очаква отговор',
      ]);
      await choose(fixture, 'Участници в програмата', ['Татяна Бакова'], 0);
      // The panel already has the moderator: choosing them again takes them off.
      await choose(fixture, 'Участници в програмата', ['Трендафил Меретев'], 1);
      await click(fixture, 'Запази програмата');

      const request = http.expectOne({ method: 'PUT', url: `/api/events/${EVENT_ID}/agenda` });
      const body = request.request.body as AgendaItemInput[];
      expect(body.map((item) => item.speakerIds)).toEqual([[panelist.id], [], []]);
      request.flush(anEvent({ agenda: [opening, panel, discussion] }));
    });

    it('says on the row when a chosen speaker is no longer on the panel', async () => {
      http.expectOne(`/api/events/${EVENT_ID}/invitations`).flush({ items: [], total: 0 });
      await fixture.whenStable();
      await click(fixture, 'Запази програмата');
      http
        .expectOne({ method: 'PUT', url: `/api/events/${EVENT_ID}/agenda` })
        .flush(
          problem([{ field: '1.speakerIds', rule: 'speakerOnPanel', message: 'each speaker must be open' }]),
          { status: 400, statusText: 'Bad Request' },
        );
      await fixture.whenStable();
      expect(errorOf(page, 'Участници в програмата', 0)).toBe(
        'Изберете от поканените панелисти, лектори и модератори, чиито покани са активни (не са отказани или оттеглени).',
      );
    });
  });
});
