import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type {
  EventStats,
  Problem,
  Registration,
  RegistrationListItem,
  RegistrationPage,
} from '@roundtable/contracts';
import { anEvent } from '../../../../testing/builders';
import { button, click, closeOpenSelect, field, fill, openOptions } from '../../../../testing/dom';
import { RegistrationsPage, SEARCH_DEBOUNCE_MS, sortParam } from './registrations.page';
import { RoomChartComponent } from './room-chart.component';

const EVENT_ID = '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f';
const LIST = `/api/events/${EVENT_ID}/registrations`;

let serial = 0;
function aRegistration(overrides: Partial<RegistrationListItem> = {}): RegistrationListItem {
  serial += 1;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    eventId: EVENT_ID,
    firstName: 'Мария',
    lastName: `Петрова ${serial}`,
    email: `maria-${serial}@example.bg`,
    organization: 'Община Раковски',
    position: null,
    sector: 'municipal',
    municipality: 'PDV25',
    phone: null,
    accessibilityNeeds: null,
    language: 'bg',
    status: 'pending',
    waitlistPosition: null,
    consents: {} as Registration['consents'],
    invitationId: null,
    checkedInAt: null,
    walkIn: false,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    undelivered: null,
    ...overrides,
  };
}

const STATS: EventStats = {
  capacity: 40,
  confirmed: 1,
  waitlisted: 0,
  pending: 1,
  heldByInvitations: 0,
  checkedIn: 0,
  bySector: {} as EventStats['bySector'],
};

/** ECharts draws on a canvas jsdom lacks; the chart has its own look in the e2e screenshot. */
@Component({ selector: 'rt-room-chart', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class RoomChartStub {
  readonly stats = input.required<EventStats>();
}

describe('RegistrationsPage', () => {
  let fixture: ComponentFixture<RegistrationsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const isList = (request: { method: string; url: string }) =>
    request.method === 'GET' && request.url === LIST;
  const pageOf = (items: RegistrationListItem[]): RegistrationPage => ({
    items,
    total: items.length,
    page: 1,
    pageSize: 50,
  });

  async function open(items: RegistrationListItem[]): Promise<void> {
    fixture = TestBed.createComponent(RegistrationsPage);
    fixture.componentRef.setInput('id', EVENT_ID);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne(`/api/events/${EVENT_ID}`).flush(anEvent({ id: EVENT_ID, status: 'published' }));
    http.expectOne(isList).flush(pageOf(items));
    http.expectOne(`/api/events/${EVENT_ID}/stats`).flush(STATS);
    await fixture.whenStable();
    // The reporting pack panel below the list (its own spec): none built yet.
    http
      .expectOne(`/api/events/${EVENT_ID}/pack`)
      .flush({ status: 404, code: 'PACK_NOT_FOUND' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
  }

  /** The next list request, answered; its query is what the test checks. */
  async function nextList(items: RegistrationListItem[] = []): Promise<TestRequest> {
    // Not whenStable: a resource that is loading keeps the app unstable until its request is answered.
    TestBed.tick();
    const request = http.expectOne(isList);
    request.flush(pageOf(items));
    await fixture.whenStable();
    return request;
  }

  /** After a decision: the table and the room, both fetched again. */
  async function expectRefresh(items: RegistrationListItem[]): Promise<void> {
    TestBed.tick();
    http.expectOne(isList).flush(pageOf(items));
    http.expectOne(`/api/events/${EVENT_ID}/stats`).flush(STATS);
    await fixture.whenStable();
  }

  /** Picks an option of a filter; the answer to the request it sends is left to the test. */
  function pick(label: string, option: string): void {
    field(page, label).querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    TestBed.tick();
    const found = openOptions().find((candidate) => candidate.textContent?.trim() === option);
    if (!found) throw new Error(`No option "${option}" in "${label}"`);
    found.click();
    TestBed.tick();
  }

  function rowCheckbox(name: string): HTMLInputElement {
    const found = page.querySelector<HTMLInputElement>(`input[aria-label="Избери: ${name}"]`);
    if (!found) throw new Error(`No checkbox for ${name}`);
    return found;
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [RegistrationsPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.overrideComponent(RegistrationsPage, {
      remove: { imports: [RoomChartComponent] },
      add: { imports: [RoomChartStub] },
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    jest.useRealTimers();
    http.verify();
  });

  it('sends filters, sort and page to the server, and the search only once typing pauses', async () => {
    await open([aRegistration()]);

    pick('Статус', 'В списъка на чакащите');
    expect((await nextList()).request.params.get('status')).toBe('waitlisted');
    closeOpenSelect();
    pick('Сектор', 'Здравеопазване');
    const bySector = (await nextList()).request.params;
    expect([bySector.get('status'), bySector.get('sector'), bySector.get('page')]).toEqual([
      'waitlisted',
      'health',
      '1',
    ]);

    closeOpenSelect();
    pick('Имейли до участника', 'С недоставен имейл');
    expect((await nextList()).request.params.get('undelivered')).toBe('true');
    closeOpenSelect();
    pick('Имейли до участника', 'Всички');
    expect((await nextList()).request.params.has('undelivered')).toBe(false);

    jest.useFakeTimers();
    fill(page, 'Търсене по име, имейл или организация', 'Пет');
    fill(page, 'Търсене по име, имейл или организация', 'Петрова ');
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1);
    http.expectNone(isList);
    jest.advanceTimersByTime(1);
    jest.useRealTimers();
    expect((await nextList()).request.params.get('q')).toBe('Петрова');

    (page.querySelector('th.mat-column-name .mat-sort-header-container') as HTMLElement).click();
    expect((await nextList()).request.params.get('sort')).toBe('lastName');
  });

  it('maps the table sort to the API sort', () => {
    expect(sortParam({ active: 'name', direction: 'asc' })).toBe('lastName');
    expect(sortParam({ active: 'createdAt', direction: 'desc' })).toBe('-createdAt');
    expect(sortParam({ active: 'name', direction: '' })).toBeUndefined();
    expect(sortParam({ active: 'sector', direction: 'asc' })).toBeUndefined();
  });

  it('approves the selected registrations in one request and lists those left as they were', async () => {
    const a = aRegistration({ firstName: 'Анна', lastName: 'Иванова' });
    const b = aRegistration({ firstName: 'Борис', lastName: 'Георгиев', status: 'confirmed' });
    await open([a, b]);
    expect(button(page, 'Одобри избраните').getAttribute('aria-disabled')).toBe('true');

    rowCheckbox('Анна Иванова').click();
    rowCheckbox('Борис Георгиев').click();
    await fixture.whenStable();
    expect(page.textContent).toContain('Избрани: 2');
    await click(fixture, 'Одобри избраните');

    const request = http.expectOne({ method: 'POST', url: `${LIST}/approve` });
    expect(request.request.body).toEqual({ ids: [a.id, b.id] });
    request.flush({
      outcomes: [
        { id: a.id, ok: true, registration: { ...a, status: 'confirmed' } },
        { id: b.id, ok: false, code: 'REGISTRATION_NOT_PENDING' },
      ],
    });
    await expectRefresh([{ ...a, status: 'confirmed' }, b]);
    expect(page.querySelector('ul.left')?.textContent).toContain(
      'Борис Георгиев: Само регистрация, която очаква одобрение, може да бъде одобрена.',
    );
    expect(page.textContent).toContain('Избрани: 0');
  });

  it('confirms from the wait list, and over the capacity only after the organiser says so', async () => {
    const waiting = aRegistration({
      firstName: 'Вера',
      lastName: 'Колева',
      status: 'waitlisted',
      waitlistPosition: 1,
    });
    // Checked in at the door at 9:12 Sofia time (06:12 UTC: Sofia is UTC+3 in May).
    const attended = aRegistration({ status: 'confirmed', checkedInAt: '2031-05-21T06:12:00.000Z' });
    await open([waiting, attended]);
    expect(page.textContent).toContain('място 1');
    expect(page.textContent).toContain('на място от 9:12 ч.');

    await click(fixture, 'Потвърди от списъка на чакащите: Вера Колева');
    const first = http.expectOne({ method: 'POST', url: `/api/registrations/${waiting.id}/confirm` });
    expect(first.request.body).toEqual({});
    const refusal: Problem = {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'No seat.',
      code: 'NO_SEAT_FREE',
    };
    first.flush(refusal, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();

    const dialog = document.querySelector<HTMLElement>('mat-dialog-container');
    expect(dialog?.textContent).toContain('За Вера Колева няма свободно място');
    button(dialog as HTMLElement, 'Потвърждавам над капацитета').click();
    await fixture.whenStable();

    const second = http.expectOne({ method: 'POST', url: `/api/registrations/${waiting.id}/confirm` });
    expect(second.request.body).toEqual({ override: true });
    second.flush({ ...waiting, status: 'confirmed', waitlistPosition: null });
    await expectRefresh([{ ...waiting, status: 'confirmed', waitlistPosition: null }]);
  });

  it('sends nothing when the organiser steps back from the override', async () => {
    const waiting = aRegistration({ firstName: 'Вера', lastName: 'Колева', status: 'waitlisted' });
    await open([waiting]);
    await click(fixture, 'Потвърди от списъка на чакащите: Вера Колева');
    http
      .expectOne(`/api/registrations/${waiting.id}/confirm`)
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409, detail: 'No seat.', code: 'NO_SEAT_FREE' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    button(document.querySelector('mat-dialog-container') as HTMLElement, 'Назад').click();
    await fixture.whenStable();
    http.expectNone(`/api/registrations/${waiting.id}/confirm`);
  });

  it('offers each registration only the decisions its status allows', async () => {
    await open([
      aRegistration({ firstName: 'А', lastName: 'Чакаща', status: 'pending' }),
      aRegistration({ firstName: 'Б', lastName: 'Потвърдена', status: 'confirmed' }),
      aRegistration({ firstName: 'В', lastName: 'Отказана', status: 'rejected' }),
    ]);
    expect(button(page, 'Одобри: А Чакаща')).toBeTruthy();
    expect(() => button(page, 'Одобри: Б Потвърдена')).toThrow();
    expect(button(page, 'Откажи: Б Потвърдена')).toBeTruthy();
    expect(() => button(page, 'Откажи: В Отказана')).toThrow();
  });

  it("tells under a person's address that the e-mail to it came back, with the server's words", async () => {
    await open([
      aRegistration({
        firstName: 'Д',
        lastName: 'Върната',
        email: 'old.address@example.bg',
        status: 'confirmed',
        undelivered: {
          status: 'bounced',
          reason: '5.1.1 smtp; 550 5.1.1 User unknown',
          // 23:30 UTC is already 24 November in Sofia: the date is the event's.
          at: '2026-11-23T23:30:00.000Z',
        },
      }),
      aRegistration({ firstName: 'Е', lastName: 'Стигната', status: 'confirmed' }),
    ]);
    const notes = [...page.querySelectorAll<HTMLElement>('details')];
    expect(notes).toHaveLength(1);
    expect(notes[0].closest('td')?.textContent).toContain('old.address@example.bg');
    // Dates carry no-break spaces ("2026 г."): compared with plain ones.
    const text = notes[0].textContent?.replace(/\s/g, ' ');
    expect(text).toContain('Имейлът от вт., 24 ноември 2026 г. не е доставен');
    expect(notes[0].querySelector('summary')?.textContent).toMatch(/^Имейлът от .* не е доставен$/);
    expect(text).toContain('Пощенският сървър на получателя го върна. Проверете адреса с участника.');
    expect(text).toContain('Отговор на сървъра: 5.1.1 smtp; 550 5.1.1 User unknown');
  });

  it('names an anonymised registration as such, in the row and in its checkbox', async () => {
    await open([
      aRegistration({ firstName: '', lastName: '', email: '', organization: '', status: 'confirmed' }),
    ]);
    expect(page.querySelector('.person')?.textContent?.trim()).toBe('Анонимизирани лични данни');
    expect(rowCheckbox('Анонимизирани лични данни')).toBeTruthy();
  });
});
