import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, type ActivatedRouteSnapshot, type RouterStateSnapshot } from '@angular/router';
import { anAgendaItem, anEvent } from '../../../../testing/builders';
import { button, click, fill } from '../../../../testing/dom';
import { EventEditorPage } from './event-editor.page';
import { unsavedChangesGuard } from './unsaved-changes.guard';
import { stubStaffAssignment } from '../../../../testing/stubs';

const EVENT_ID = '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f';

/** Changes that reach other people (e-mails) or could be lost (leaving with unsaved edits). */
describe('EventEditorPage before sending or losing changes', () => {
  let fixture: ComponentFixture<EventEditorPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [EventEditorPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    stubStaffAssignment();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EventEditorPage);
    fixture.componentRef.setInput('id', EVENT_ID);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(`/api/events/${EVENT_ID}`).flush(
      anEvent({
        id: EVENT_ID,
        status: 'published',
        startsAt: '2026-05-21T10:00:00+03:00',
        endsAt: '2026-05-21T13:00:00+03:00',
        agenda: [
          anAgendaItem({ startsAt: '2026-05-21T10:00:00+03:00', endsAt: '2026-05-21T10:30:00+03:00' }),
        ],
      }),
    );
    await fixture.whenStable();
  });

  afterEach(() => {
    for (const request of http.match((r) => r.url.endsWith('/invitations'))) {
      request.flush({ items: [], total: 0 });
    }
    http.verify();
  });

  const leave = () =>
    TestBed.runInInjectionContext(() =>
      unsavedChangesGuard(
        fixture.componentInstance,
        {} as ActivatedRouteSnapshot,
        {} as RouterStateSnapshot,
        {} as RouterStateSnapshot,
      ),
    );

  it('says how many people a new time will e-mail, and saves only when the organiser agrees', async () => {
    fill(page, 'Начало', '2026-05-21T11:00');
    await click(fixture, 'Запази');
    http.expectNone({ method: 'PATCH' });
    http.expectOne(`/api/events/${EVENT_ID}/calendar-holders/count`).flush({ count: 37 });
    await fixture.whenStable();

    const dialog = document.querySelector<HTMLElement>('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('37 души, които имат събитието в календара си');
    button(dialog, 'Запазете и изпратете').click();
    await fixture.whenStable();
    const request = http.expectOne({ method: 'PATCH', url: `/api/events/${EVENT_ID}` });
    expect(request.request.body).toMatchObject({ startsAt: '2026-05-21T11:00' });
    request.flush(anEvent({ id: EVENT_ID, status: 'published' }));
  });

  it('saves a change calendars do not show without asking', async () => {
    fill(page, 'Брой места', '90');
    await click(fixture, 'Запази');
    http.expectNone(`/api/events/${EVENT_ID}/calendar-holders/count`);
    http.expectOne({ method: 'PATCH', url: `/api/events/${EVENT_ID}` }).flush(anEvent({ id: EVENT_ID }));
  });

  it('asks before leaving with an agenda row added but not saved, and stays when told to', async () => {
    expect(leave()).toBe(true);
    await click(fixture, 'Добави точка');
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
    expect(leave()).toBe(false);
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('незапазени промени'));

    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
    confirm.mockRestore();
  });

  it('asks before leaving with typed details not saved', async () => {
    fill(page, 'Заглавие', 'Ново заглавие');
    await fixture.whenStable();
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(true);
    expect(leave()).toBe(true);
    expect(confirm).toHaveBeenCalled();
    confirm.mockRestore();
  });
});

describe('EventEditorPage for a published or past event', () => {
  let http: HttpTestingController;

  async function open(event: Parameters<typeof anEvent>[0]) {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [EventEditorPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    stubStaffAssignment();
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(EventEditorPage);
    fixture.componentRef.setInput('id', EVENT_ID);
    await fixture.whenStable();
    http.expectOne(`/api/events/${EVENT_ID}`).flush(anEvent({ id: EVENT_ID, ...event }));
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => {
    for (const request of http.match((r) => r.url.endsWith('/invitations'))) {
      request.flush({ items: [], total: 0 });
    }
    http.verify();
  });

  it('offers no cancelling once the event is over', async () => {
    const fixture = await open({
      status: 'published',
      startsAt: '2024-05-21T10:00:00+03:00',
      endsAt: '2024-05-21T13:00:00+03:00',
    });
    expect(() => button(fixture.nativeElement as HTMLElement, 'Отмени събитието')).toThrow();
  });

  it('returns a published event to draft, or says why it cannot', async () => {
    const fixture = await open({ status: 'published' });
    const page = fixture.nativeElement as HTMLElement;
    await click(fixture, 'Върнете в чернова');
    http
      .expectOne({ method: 'POST', url: `/api/events/${EVENT_ID}/unpublish` })
      .flush(
        { status: 409, code: 'EVENT_IN_USE', title: 'Conflict', detail: 'in use' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'Събитието не може да се върне в чернова',
    );

    await click(fixture, 'Върнете в чернова');
    http.expectOne(`/api/events/${EVENT_ID}/unpublish`).flush(anEvent({ id: EVENT_ID, status: 'draft' }));
    await fixture.whenStable();
    expect(button(page, 'Публикувай')).toBeTruthy();
  });
});
