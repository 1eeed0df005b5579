import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { anEvent } from '../../../../testing/builders';
import { button, click, field } from '../../../../testing/dom';
import { EventEditorPage } from './event-editor.page';
import { stubStaffAssignment } from '../../../../testing/stubs';

const EVENT_ID = '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f';

/** Where the keyboard goes when the button that was used disappears; what is sent is in event-editor.page.spec. */
describe('EventEditorPage for keyboard and screen-reader users', () => {
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
    // Ahead of any clock the tests run on: a past event has no "cancel" button.
    http.expectOne(`/api/events/${EVENT_ID}`).flush(
      anEvent({
        id: EVENT_ID,
        status: 'draft',
        startsAt: '2031-05-21T10:00:00+03:00',
        endsAt: '2031-05-21T13:00:00+03:00',
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

  it('after publishing, the heading takes focus from the "publish" button only a draft has', async () => {
    const publish = button(page, 'Публикувай');
    publish.focus();
    await click(fixture, 'Публикувай');
    expect(publish.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(publish);
    http.expectOne(`/api/events/${EVENT_ID}/publish`).flush(anEvent({ id: EVENT_ID, status: 'published' }));
    await fixture.whenStable();

    expect(page.contains(publish)).toBe(false);
    expect(document.activeElement).toBe(page.querySelector('h1'));
  });

  it('after confirming the cancellation, the banner that says so takes focus', async () => {
    await click(fixture, 'Отмени събитието');
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container') as HTMLElement;
    button(dialog, 'Отмени събитието').click();
    await fixture.whenStable();
    http.expectOne(`/api/events/${EVENT_ID}/cancel`).flush(anEvent({ id: EVENT_ID, status: 'cancelled' }));
    await fixture.whenStable();

    expect(document.activeElement).toBe(page.querySelector('.banner'));
    expect(document.activeElement?.textContent).toContain('Събитието е отменено');
  });

  it('a failed save announces the summary and takes the keyboard to the first marked field', async () => {
    const title = field(page, 'Заглавие').querySelector('input') as HTMLInputElement;
    title.value = '';
    title.dispatchEvent(new Event('input'));
    await click(fixture, 'Запази');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'Някои полета не са попълнени правилно',
    );
    expect(document.activeElement).toBe(title);
  });
});
