import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { UserRole } from '@roundtable/contracts';
import { choose, click } from '../../../../testing/dom';
import { StaffAssignmentComponent } from './staff-assignment.component';

const EVENT_ID = '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f';
const STAFF = `/api/events/${EVENT_ID}/staff`;

function signIn(role: UserRole): void {
  localStorage.setItem(
    'rt.session',
    JSON.stringify({
      accessToken: 'token',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      user: { id: 'me', email: 'me@example.org', name: 'Аз', role, language: 'bg' },
    }),
  );
}

describe('StaffAssignmentComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<StaffAssignmentComponent>;

  function create(): HTMLElement {
    TestBed.configureTestingModule({
      imports: [StaffAssignmentComponent],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StaffAssignmentComponent);
    fixture.componentRef.setInput('eventId', EVENT_ID);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => {
    http.verify();
    localStorage.clear();
  });

  it('lets an organiser pick among the active staff accounts and saves the choice with PUT', async () => {
    signIn('organizer');
    const root = create();
    http.expectOne(STAFF).flush({ items: [{ id: 's1', email: 's1@example.org', name: 'Анна Стоянова' }] });
    http.expectOne('/api/staff').flush({
      items: [
        { id: 's1', email: 's1@example.org', name: 'Анна Стоянова' },
        { id: 's2', email: 's2@example.org', name: 'Борис Илиев' },
      ],
    });
    await fixture.whenStable();

    await choose(fixture, 'Персонал', ['Борис Илиев']);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await click(fixture, 'Запази персонала');

    const put = http.expectOne({ method: 'PUT', url: STAFF });
    expect(put.request.body).toEqual({ userIds: ['s1', 's2'] });
    put.flush({
      items: [
        { id: 's1', email: 's1@example.org', name: 'Анна Стоянова' },
        { id: 's2', email: 's2@example.org', name: 'Борис Илиев' },
      ],
    });
    await fixture.whenStable();
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Персоналът е запазен.');
  });

  it('keeps someone assigned whose account is no longer staff, so saving does not drop them unseen', async () => {
    signIn('admin');
    create();
    http.expectOne(STAFF).flush({ items: [{ id: 'gone', email: 'gone@example.org', name: 'Вера Колева' }] });
    http
      .expectOne('/api/staff')
      .flush({ items: [{ id: 's2', email: 's2@example.org', name: 'Борис Илиев' }] });
    await fixture.whenStable();
    await click(fixture, 'Запази персонала');
    const put = http.expectOne({ method: 'PUT', url: STAFF });
    expect(put.request.body).toEqual({ userIds: ['gone'] });
    put.flush({ items: [] });
  });
});
