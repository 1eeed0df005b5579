import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { choose, fill } from '../../../testing/dom';
import { AuditPage } from './audit.page';

describe('AuditPage', () => {
  let fixture: ComponentFixture<AuditPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [AuditPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AuditPage);
    fixture.detectChanges();
    http
      .expectOne('/api/users')
      .flush({ items: [{ id: 'u1', name: 'Мария', email: 'maria@example.org' }], total: 1 });
    http
      .expectOne((r) => r.url === '/api/events')
      .flush({ items: [{ id: 'e1', title: 'Кръгла маса' }], total: 1 });
    answer();
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  /**
   * Chooses in a select and answers the request the choice makes: `choose` waits for the page to be stable,
   * which it is only once that request is answered (a jest timeout if it is never made).
   */
  async function chooseAndAnswer(label: string, option: string): Promise<Record<string, string | null>> {
    const chosen = choose(fixture, label, [option]);
    let made: TestRequest[] = [];
    while (made.length === 0) {
      await new Promise((resolve) => setTimeout(resolve));
      made = http.match((r) => r.url === '/api/audit');
    }
    const params = made[0].request.params;
    made[0].flush({ items: [], total: 0, page: 1, pageSize: 50 });
    await chosen;
    return Object.fromEntries(params.keys().map((key) => [key, params.get(key)]));
  }

  /** Answers the log's request with an empty page; gives the filters it carried. */
  function answer(): Record<string, string | null> {
    const request: TestRequest = http.expectOne((r) => r.url === '/api/audit');
    const params = request.request.params;
    request.flush({ items: [], total: 0, page: 1, pageSize: 50 });
    return Object.fromEntries(params.keys().map((key) => [key, params.get(key)]));
  }

  it('asks for the filters chosen, days read in Sofia time and the "to" day included', async () => {
    const root = fixture.nativeElement as HTMLElement;
    expect(await chooseAndAnswer('Действие', 'Вход')).toEqual({ action: 'login', page: '1', pageSize: '50' });
    expect(await chooseAndAnswer('Извършил', 'Хора по личен линк')).toMatchObject({
      actor: 'link',
      action: 'login',
    });
    expect(await chooseAndAnswer('Събитие', 'Кръгла маса')).toMatchObject({ eventId: 'e1' });

    fill(root, 'От дата', '2026-12-02');
    fixture.detectChanges();
    expect(answer()).toMatchObject({ from: '2026-12-01T22:00:00.000Z' });
    fill(root, 'До дата', '2026-12-02');
    fixture.detectChanges();
    expect(answer()).toMatchObject({ to: '2026-12-02T22:00:00.000Z' });
    await fixture.whenStable();
    expect(root.textContent).toContain('Няма записи, които отговарят на филтрите.');
  });
});
