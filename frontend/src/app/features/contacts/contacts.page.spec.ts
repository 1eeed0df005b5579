import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { Contact, ContactInvitationInput, Event, Problem } from '@roundtable/contracts';
import { anEvent } from '../../../testing/builders';
import {
  button,
  checkbox,
  click,
  closeOpenSelect,
  errorOf,
  field,
  fill,
  openOptions,
} from '../../../testing/dom';
import { ContactsPage, SEARCH_DEBOUNCE_MS } from './contacts.page';

const LIST = '/api/contacts';

let serial = 0;
function aContact(overrides: Partial<Contact> = {}): Contact {
  serial += 1;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    email: `maria-${serial}@example.bg`,
    firstName: 'Мария',
    lastName: `Петрова ${serial}`,
    organization: 'Община Раковски',
    position: 'Заместник-кмет',
    sector: 'municipal',
    municipality: 'PDV25',
    language: 'bg',
    followUp: { consented: false, version: null, at: null },
    sources: ['manual'],
    eventCount: 0,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

describe('ContactsPage', () => {
  let fixture: ComponentFixture<ContactsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const isList = (request: { method: string; url: string }) =>
    request.method === 'GET' && request.url === LIST;
  const pageOf = (items: Contact[]) => ({ items, total: items.length, page: 1, pageSize: 50 });

  async function open(items: Contact[]): Promise<void> {
    fixture = TestBed.createComponent(ContactsPage);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne(isList).flush(pageOf(items));
    await fixture.whenStable();
  }

  /** The next list request, answered; its query is what the test checks. */
  async function nextList(items: Contact[] = []): Promise<TestRequest> {
    // Not whenStable: a resource that is loading keeps the app unstable until its request is answered.
    TestBed.tick();
    const request = http.expectOne(isList);
    request.flush(pageOf(items));
    await fixture.whenStable();
    return request;
  }

  function dialog(): HTMLElement {
    const found = document.querySelector<HTMLElement>('mat-dialog-container');
    if (!found) throw new Error('No dialog is open');
    return found;
  }

  /** Picks an option of a filter; the answer to the request it sends is left to the test. */
  function pick(label: string, option: string, root: HTMLElement = page): void {
    closeOpenSelect();
    field(root, label).querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    TestBed.tick();
    const found = openOptions().find((candidate) => candidate.textContent?.trim().startsWith(option));
    if (!found) throw new Error(`No option "${option}" in "${label}"`);
    found.click();
    TestBed.tick();
  }

  /** Opens the invitation dialog; its request for the upcoming events is answered with `events`. */
  async function openInvite(events: Event[]): Promise<TestRequest> {
    button(page, 'Покани за събитие').click();
    TestBed.tick();
    const request = http.expectOne((candidate) => candidate.url === '/api/events');
    request.flush({ items: events, total: events.length });
    await fixture.whenStable();
    return request;
  }

  function rowCheckbox(name: string): HTMLInputElement {
    const found = page.querySelector<HTMLInputElement>(`input[aria-label="Избери: ${name}"]`);
    if (!found) throw new Error(`No checkbox for ${name}`);
    return found;
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ContactsPage],
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

  afterEach(() => {
    jest.useRealTimers();
    http.verify();
  });

  it('shows each contact with its sector, municipality and follow-up consent in words', async () => {
    await open([
      aContact({
        firstName: 'Анна',
        lastName: 'Иванова',
        sector: 'health',
        followUp: { consented: true, version: 'registration-2026-11', at: '2026-11-20T10:00:00.000Z' },
        eventCount: 3,
      }),
      aContact({ firstName: 'Борис', lastName: 'Георгиев', sector: null, municipality: null }),
    ]);
    const rows = Array.from(page.querySelectorAll('tr.mat-mdc-row')).map((row) => row.textContent ?? '');
    expect(rows[0]).toContain('Анна Иванова');
    expect(rows[0]).toContain('Здравеопазване');
    expect(rows[0]).toContain('Раковски');
    expect(rows[0]).toMatch(/Да\s*от пт\.,\s20\sноември\s2026\sг\./);
    expect(rows[0]).toContain('3');
    expect(rows[1]).toContain('Не');
    expect(page.textContent).toContain('Намерени контакти: 2');
  });

  it('sends the filters and the page to the server, and the search only once typing pauses', async () => {
    await open([aContact()]);
    expect(http.match(isList)).toEqual([]);

    pick('Сектор', 'Образование');
    expect((await nextList()).request.params.get('sector')).toBe('education');

    checkbox(page, 'Само със съгласие за последващи контакти').click();
    const consenting = (await nextList()).request.params;
    expect([consenting.get('sector'), consenting.get('followUp'), consenting.get('page')]).toEqual([
      'education',
      'true',
      '1',
    ]);

    jest.useFakeTimers();
    fill(page, 'Търсене по име, имейл или организация', 'Ива');
    fill(page, 'Търсене по име, имейл или организация', 'Иванова ');
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1);
    http.expectNone(isList);
    jest.advanceTimersByTime(1);
    jest.useRealTimers();
    const searched = (await nextList()).request.params;
    expect(searched.get('q')).toBe('Иванова');
    expect(searched.keys().sort()).toEqual(['followUp', 'page', 'pageSize', 'q', 'sector']);

    // Unticked means everyone again: the filter leaves the URL rather than asking for "false".
    checkbox(page, 'Само със съгласие за последващи контакти').click();
    expect((await nextList()).request.params.has('followUp')).toBe(false);
  });

  it('shows CONTACT_EXISTS beside the e-mail of the new contact', async () => {
    await open([]);
    await click(fixture, 'Добави контакт');
    const form = dialog();
    fill(form, 'Имейл', 'anna@example.bg');
    fill(form, 'Име', 'Анна');
    fill(form, 'Фамилия', 'Иванова');
    button(form, 'Добави').click();
    await fixture.whenStable();

    const request = http.expectOne({ method: 'POST', url: LIST });
    expect(request.request.body).toEqual({
      email: 'anna@example.bg',
      firstName: 'Анна',
      lastName: 'Иванова',
      language: 'bg',
    });
    const conflict: Problem = {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'A contact with this e-mail already exists.',
      code: 'CONTACT_EXISTS',
    };
    request.flush(conflict, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(errorOf(dialog(), 'Имейл')).toBe('В указателя вече има контакт с този имейл.');
  });

  it('sends nothing for an incomplete contact and takes the keyboard to the first field to correct', async () => {
    await open([]);
    await click(fixture, 'Добави контакт');
    fill(dialog(), 'Имейл', 'anna@example.bg');
    button(dialog(), 'Добави').click();
    await fixture.whenStable();
    http.expectNone({ method: 'POST', url: LIST });
    expect(dialog().querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Някои полета не са попълнени правилно. Моля, проверете отбелязаните полета.',
    );
    expect(document.activeElement).toBe(field(dialog(), 'Име').querySelector('input'));
    expect(errorOf(dialog(), 'Фамилия')).toBe('Полето е задължително.');
  });

  it('puts the API field errors of a new contact next to their fields', async () => {
    await open([]);
    await click(fixture, 'Добави контакт');
    const form = dialog();
    fill(form, 'Имейл', 'anna@example.bg');
    fill(form, 'Име', 'Анна');
    fill(form, 'Фамилия', 'Иванова');
    button(form, 'Добави').click();
    await fixture.whenStable();
    const invalid: Problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'The request has invalid fields.',
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'lastName', rule: 'noControlCharacters', message: 'no control characters' }],
    };
    http.expectOne({ method: 'POST', url: LIST }).flush(invalid, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(errorOf(dialog(), 'Фамилия')).toBe(
      'Текстът съдържа непозволен знак, например нов ред в име или заглавие.',
    );
  });

  it('invites the selected contacts to an upcoming event and tells how many were skipped', async () => {
    const anna = aContact({ firstName: 'Анна', lastName: 'Иванова' });
    const boris = aContact({ firstName: 'Борис', lastName: 'Георгиев' });
    const vera = aContact({ firstName: 'Вера', lastName: 'Колева' });
    await open([anna, boris, vera]);
    expect(button(page, 'Покани за събитие').getAttribute('aria-disabled')).toBe('true');

    rowCheckbox('Анна Иванова').click();
    rowCheckbox('Вера Колева').click();
    await fixture.whenStable();
    expect(page.textContent).toContain('Избрани: 2');
    const event = anEvent({ id: '5a0e9a51-8c1e-4a40-9d55-4e7c6d0b6a11', status: 'published' });
    const events = (await openInvite([event])).request.params;
    expect([events.get('status'), events.get('when')]).toEqual(['published', 'upcoming']);

    const form = dialog();
    expect(form.textContent).toContain('Избрани контакти: 2.');
    pick('Събитие', event.title, form);
    pick('Роля', 'Панелист', form);
    fill(form, 'Срок за отговор (по желание)', '2031-05-12T18:00');
    fill(form, 'Лично съобщение (по желание)', '  Очакваме Ви.  ');
    button(form, 'Изпрати поканите').click();
    await fixture.whenStable();

    const request = http.expectOne({ method: 'POST', url: '/api/contacts/invitations' });
    const body: ContactInvitationInput = {
      eventId: event.id,
      contactIds: [anna.id, vera.id],
      role: 'panelist',
      message: 'Очакваме Ви.',
      respondBy: '2031-05-12T18:00',
    };
    expect(request.request.body).toEqual(body);
    request.flush({ invited: 1, skipped: [{ contactId: vera.id, reason: 'already-invited' }] });
    await Promise.resolve();
    await nextList([anna, boris, vera]);

    expect(page.querySelector('.outcome')?.textContent).toContain(
      'Поканени: 1. Пропуснати, защото вече имат покана за събитието: 1.',
    );
    expect(page.textContent).toContain('Избрани: 0');
  });

  it('keeps the invitation dialog open with the reason when the API refuses the event', async () => {
    const anna = aContact({ firstName: 'Анна', lastName: 'Иванова' });
    await open([anna]);
    rowCheckbox('Анна Иванова').click();
    await fixture.whenStable();
    const event = anEvent({ status: 'published' });
    await openInvite([event]);
    pick('Събитие', event.title, dialog());
    button(dialog(), 'Изпрати поканите').click();
    await fixture.whenStable();

    const request = http.expectOne({ method: 'POST', url: '/api/contacts/invitations' });
    expect((request.request.body as ContactInvitationInput).role).toBe('guest');
    request.flush(
      { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Cancelled.', code: 'EVENT_CANCELLED' },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    fixture.detectChanges();
    expect(dialog().querySelector('[role="alert"]')?.textContent).toContain(
      'Събитието е отменено и вече не може да се променя.',
    );
  });
});
