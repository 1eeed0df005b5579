import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { Invitation } from '@roundtable/contracts';
import { anEvent, anInvitation } from '../../../../testing/builders';
import { button, click, field, fill } from '../../../../testing/dom';
import { InvitationsPage } from './invitations.page';

const EVENT_ID = '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f';
const LIST = `/api/events/${EVENT_ID}/invitations`;
const SUMMARY = 'Някои полета не са попълнени правилно. Моля, проверете отбелязаните полета.';

/** Keyboard and screen-reader behaviour of the invitations page; what it sends is in invitations.page.spec. */
describe('InvitationsPage for keyboard and screen-reader users', () => {
  let fixture: ComponentFixture<InvitationsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(invitations: Invitation[] = []): Promise<void> {
    fixture = TestBed.createComponent(InvitationsPage);
    fixture.componentRef.setInput('id', EVENT_ID);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne(`/api/events/${EVENT_ID}`).flush(anEvent({ status: 'published' }));
    http.expectOne(LIST).flush({ items: invitations, total: invitations.length });
    await fixture.whenStable();
  }

  /** Every change is followed by a fresh list; the resource keeps the app unstable until it arrives. */
  async function expectReload(invitations: Invitation[]): Promise<void> {
    await Promise.resolve();
    fixture.detectChanges();
    http.expectOne({ method: 'GET', url: LIST }).flush({ items: invitations, total: invitations.length });
    await fixture.whenStable();
  }

  // By the heading's id, not its words: the copy may change, the structure is what is tested here.
  const section = (headingId: string) =>
    page.querySelector(`#${headingId}`)?.closest<HTMLElement>('section') as HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [InvitationsPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('inviting one person: a summary is announced and the first field to correct takes the keyboard', async () => {
    await open();
    fill(page, 'Имейл', 'tbakova@rakovski.bg');
    await click(fixture, 'Изпрати поканата');

    const form = section('invite-heading');
    expect(form.querySelector('[role="alert"]')?.textContent?.trim()).toBe(SUMMARY);
    expect(document.activeElement).toBe(field(form, 'Име').querySelector('input'));
    http.expectNone({ method: 'POST', url: LIST });
  });

  it('inviting several: the same summary and focus, and the example table scrolls from the keyboard', async () => {
    await open();
    const bulk = section('bulk-heading');
    const scroller = bulk.querySelector<HTMLElement>('.rt-sheet-scroll');
    expect(scroller?.getAttribute('tabindex')).toBe('0');
    expect(scroller?.getAttribute('role')).toBe('region');
    const nameId = scroller?.getAttribute('aria-labelledby') ?? '';
    expect(document.getElementById(nameId)?.textContent?.trim()).toBe('Пример');

    await click(fixture, 'Изпрати поканите');
    expect(bulk.querySelector('[role="alert"]')?.textContent?.trim()).toBe(SUMMARY);
    expect(document.activeElement).toBe(field(bulk, 'Редове за поканване').querySelector('textarea'));
  });

  it('keeps an action button focusable while busy, and after withdrawing gives focus to the list', async () => {
    const pending = anInvitation({ name: 'Петя Стоянова' });
    await open([pending]);
    const remind = button(page, 'Напомни: Петя Стоянова');
    remind.focus();
    await click(fixture, 'Напомни: Петя Стоянова');
    expect(remind.disabled).toBe(false);
    expect(remind.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(remind);
    // A second press while the first is on its way sends nothing more.
    await click(fixture, 'Напомни: Петя Стоянова');
    http.expectOne(`/api/invitations/${pending.id}/remind`).flush(pending);
    await expectReload([pending]);

    await click(fixture, 'Оттегли: Петя Стоянова');
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container') as HTMLElement;
    button(dialog, 'Оттегли поканата').click();
    await fixture.whenStable();
    http
      .expectOne({ method: 'POST', url: `/api/invitations/${pending.id}/revoke` })
      .flush({ ...pending, status: 'revoked' });
    await expectReload([{ ...pending, status: 'revoked' }]);

    expect(document.activeElement?.id).toBe('invited-heading');
  });
});
