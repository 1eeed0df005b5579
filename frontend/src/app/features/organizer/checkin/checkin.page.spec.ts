import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { CheckinPeoplePage, CheckinPerson, EventStats, Problem } from '@roundtable/contracts';
import { anEvent } from '../../../../testing/builders';
import { button, choose, click, fill } from '../../../../testing/dom';
import { CheckinOutbox } from './checkin-outbox';
import { CHECKIN_QUEUE_KEY } from './checkin-queue';
import { CHECKIN_SEARCH_DEBOUNCE_MS, CheckinPage } from './checkin.page';

const EVENT_ID = '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f';
const PEOPLE = `/api/events/${EVENT_ID}/check-in/people`;
const STATS_URL = `/api/events/${EVENT_ID}/stats`;
const SEARCH = 'Име или организация';

function aPerson(overrides: Partial<CheckinPerson> = {}): CheckinPerson {
  return {
    id: '11111111-2222-4333-8444-555555555555',
    firstName: 'Мария',
    lastName: 'Петрова',
    organization: 'Община Раковски',
    position: 'Експерт',
    sector: 'municipal',
    checkedInAt: null,
    walkIn: false,
    ...overrides,
  };
}

const STATS: EventStats = {
  capacity: 40,
  confirmed: 12,
  waitlisted: 0,
  pending: 0,
  heldByInvitations: 0,
  checkedIn: 3,
  bySector: {
    municipal: { confirmed: 5, waitlisted: 0, checkedIn: 2, quota: null },
    government: { confirmed: 0, waitlisted: 0, checkedIn: 0, quota: null },
    education: { confirmed: 7, waitlisted: 0, checkedIn: 1, quota: null },
    health: { confirmed: 0, waitlisted: 0, checkedIn: 0, quota: null },
    social: { confirmed: 0, waitlisted: 0, checkedIn: 0, quota: null },
    ngo: { confirmed: 0, waitlisted: 0, checkedIn: 0, quota: null },
    other: { confirmed: 0, waitlisted: 0, checkedIn: 0, quota: null },
  },
};

describe('CheckinPage', () => {
  let fixture: ComponentFixture<CheckinPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const pageOf = (items: CheckinPerson[]): CheckinPeoplePage => ({
    items,
    total: items.length,
    page: 1,
    pageSize: 20,
  });
  const outcome = () => page.querySelector('[role="status"] .outcome');

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [CheckinPage],
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
    fixture?.destroy();
    http.verify();
  });

  async function open(): Promise<void> {
    fixture = TestBed.createComponent(CheckinPage);
    fixture.componentRef.setInput('id', EVENT_ID);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    // A Sofia event: the phone's own zone must not matter for the times shown.
    http.expectOne(`/api/events/${EVENT_ID}`).flush(anEvent({ id: EVENT_ID, status: 'published' }));
    http.expectOne(STATS_URL).flush(STATS);
    await fixture.whenStable();
  }

  /** Types into the search box and lets the debounce pass; answers the search with `items`. */
  async function search(text: string, items: CheckinPerson[]): Promise<URLSearchParams> {
    jest.useFakeTimers();
    fill(page, SEARCH, text.slice(0, 2));
    fill(page, SEARCH, text);
    jest.advanceTimersByTime(CHECKIN_SEARCH_DEBOUNCE_MS - 1);
    http.expectNone((request) => request.url === PEOPLE);
    jest.advanceTimersByTime(1);
    jest.useRealTimers();
    TestBed.tick();
    const request = http.expectOne((candidate) => candidate.url === PEOPLE);
    request.flush(pageOf(items));
    await fixture.whenStable();
    return new URLSearchParams(request.request.params.toString());
  }

  async function statsAgain(stats: EventStats = STATS): Promise<void> {
    TestBed.tick();
    http.expectOne(STATS_URL).flush(stats);
    await fixture.whenStable();
  }

  it('searches on the server once typing pauses, and shows the counts by sector in words', async () => {
    await open();
    expect(page.textContent).toContain('Регистрирани на място: 3 от 12');
    const counts = page.querySelector('.counts')?.textContent ?? '';
    expect(counts).toContain('Общинска администрация / местна власт');
    expect(counts).toContain('2 от 5');
    expect(counts).toContain('Образование');
    expect(counts).not.toContain('Здравеопазване');

    const params = await search('Петрова ', [aPerson()]);
    expect([params.get('q'), params.get('page'), params.get('pageSize')]).toEqual(['Петрова', '1', '20']);
    expect(page.querySelector('.people')?.textContent).toContain('Мария Петрова');
    expect(page.querySelector('.people')?.textContent).toContain('Община Раковски, Експерт');
  });

  it('checks a person in with one tap and says so in green, with an undo', async () => {
    await open();
    const person = aPerson();
    await search('Петрова', [person]);

    await click(fixture, 'Регистрирай на място: Мария Петрова');
    const request = http.expectOne({ method: 'POST', url: `/api/registrations/${person.id}/check-in` });
    expect(request.request.body).toEqual({ eventId: EVENT_ID });
    request.flush({ person: { ...person, checkedInAt: '2026-05-21T07:05:00.000Z' }, already: false });
    await statsAgain({ ...STATS, checkedIn: 4 });

    expect(outcome()?.classList).toContain('done');
    expect(outcome()?.textContent).toContain('Мария Петрова – регистрацията на място е отбелязана.');
    expect(page.textContent).toContain('Регистрирани на място: 4 от 12');
    // The row shows the new state at once: 07:05 UTC is 10:05 in Sofia.
    expect(page.querySelector('.people')?.textContent).toContain('На място от 10:05 ч.');

    button(outcome() as HTMLElement, 'Отмени регистрацията на място: Мария Петрова').click();
    await fixture.whenStable();
    http
      .expectOne({ method: 'DELETE', url: `/api/registrations/${person.id}/check-in` })
      .flush({ person: { ...person, checkedInAt: null } });
    await statsAgain();
    expect(outcome()?.textContent).toContain('Мария Петрова – регистрацията на място е отменена.');
    expect(button(page, 'Регистрирай на място: Мария Петрова')).toBeTruthy();
  });

  it('says in amber when the person was already checked in, at the time of the event’s place', async () => {
    await open();
    const person = aPerson();
    await search('Мария', [person]);

    await click(fixture, 'Регистрирай на място: Мария Петрова');
    http
      .expectOne({ method: 'POST', url: `/api/registrations/${person.id}/check-in` })
      .flush({ person: { ...person, checkedInAt: '2026-05-21T06:12:00.000Z' }, already: true });
    await statsAgain();

    expect(outcome()?.classList).toContain('already');
    expect(outcome()?.textContent?.trim()).toBe(
      'Мария Петрова – регистрацията на място вече е отбелязана в 9:12 ч.',
    );
  });

  it('keeps a check-in on the phone when the network fails, and sends it with its time when asked', async () => {
    await open();
    const person = aPerson();
    await search('Мария', [person]);

    await click(fixture, 'Регистрирай на място: Мария Петрова');
    http
      .expectOne({ method: 'POST', url: `/api/registrations/${person.id}/check-in` })
      .error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();

    expect(outcome()?.classList).toContain('queued');
    expect(page.textContent).toContain('Чакат изпращане: 1');
    const queued = JSON.parse(localStorage.getItem(CHECKIN_QUEUE_KEY) ?? '[]') as {
      registrationId: string;
      at: string;
    }[];
    expect(queued.map((item) => item.registrationId)).toEqual([person.id]);

    await click(fixture, 'Изпрати сега');
    const resend = http.expectOne({ method: 'POST', url: `/api/registrations/${person.id}/check-in` });
    expect(resend.request.body).toEqual({ eventId: EVENT_ID, at: queued[0].at });
    resend.flush({ person: { ...person, checkedInAt: queued[0].at }, already: false });
    // The round goes on in promises, outside Angular: wait until it has reported.
    const outbox = TestBed.inject(CheckinOutbox);
    for (let hop = 0; hop < 100 && outbox.lastReport() === null; hop += 1) await Promise.resolve();
    await Promise.resolve();
    // After the round: the counts and the list are asked for again.
    TestBed.tick();
    http.expectOne(STATS_URL).flush(STATS);
    http
      .expectOne((request) => request.url === PEOPLE)
      .flush(pageOf([{ ...person, checkedInAt: queued[0].at }]));
    await fixture.whenStable();

    expect(localStorage.getItem(CHECKIN_QUEUE_KEY)).toBeNull();
    expect(page.textContent).not.toContain('Чакат изпращане');
    expect(page.textContent).toContain('Изпратени от телефона: 1');
    // The "waiting" banner gave way to the line that says it was sent.
    expect(outcome()).toBeNull();
  });

  it('explains a full room for a walk-in and checks them in over it only when asked', async () => {
    await open();
    await click(fixture, 'Участник без регистрация');
    fill(page, 'Име', 'Иван');
    fill(page, 'Фамилия', 'Колев');
    fill(page, 'Организация', 'Сдружение „Деца“');
    await choose(fixture, 'Сектор', ['Неправителствени организации']);
    await click(fixture, 'Регистрирай на място');

    const first = http.expectOne({ method: 'POST', url: `/api/events/${EVENT_ID}/walk-ins` });
    expect(first.request.body).toEqual({
      firstName: 'Иван',
      lastName: 'Колев',
      organization: 'Сдружение „Деца“',
      sector: 'ngo',
    });
    const full: Problem = {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'full',
      code: 'NO_SEAT_FREE',
    };
    first.flush(full, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(page.textContent).toContain('Няма свободни места в рамките на капацитета');

    await click(fixture, 'Регистрирай въпреки това');
    const second = http.expectOne({ method: 'POST', url: `/api/events/${EVENT_ID}/walk-ins` });
    expect(second.request.body).toMatchObject({ firstName: 'Иван', override: true });
    second.flush(
      {
        person: aPerson({
          id: 'aaaaaaaa-2222-4333-8444-555555555555',
          firstName: 'Иван',
          lastName: 'Колев',
          sector: 'ngo',
          walkIn: true,
          checkedInAt: '2026-05-21T07:30:00.000Z',
        }),
        already: false,
      },
      { status: 201, statusText: 'Created' },
    );
    await statsAgain();
    expect(outcome()?.textContent).toContain('Иван Колев – регистрацията на място е отбелязана.');
  });
});
