import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Material, MaterialList } from '@roundtable/contracts';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { aMaterial } from '../../../testing/builders';
import { MaterialsListComponent } from './materials-list.component';

const EVENT_ID = '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f';
const LIST = `/api/events/${EVENT_ID}/materials`;

describe('MaterialsListComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MaterialsListComponent>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [MaterialsListComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    http.verify();
    localStorage.clear();
  });

  async function render(token: string | null, answer: (url: string) => void): Promise<HTMLElement> {
    fixture = TestBed.createComponent(MaterialsListComponent);
    fixture.componentRef.setInput('eventId', EVENT_ID);
    fixture.componentRef.setInput('token', token);
    fixture.detectChanges();
    answer(LIST);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const list = (items: Material[]): MaterialList => ({ items, access: 'public', maxUploadBytes: 52428800 });
  const links = (root: HTMLElement) =>
    Array.from(root.querySelectorAll('a')).map((a) => ({
      text: a.textContent?.trim(),
      href: a.getAttribute('href'),
      download: a.hasAttribute('download'),
    }));

  it('lists what a personal link opens, each a download through that link, and all of it as one ZIP', async () => {
    const slides = aMaterial({ title: 'Презентация', filename: 'slides.pdf', size: 1.42 * 1024 * 1024 });
    const handout = aMaterial({ title: 'Наръчник', filename: 'наръчник.pdf', visibility: 'attended' });
    const root = await render('tok-en_1', (url) => {
      const request = http.expectOne((candidate) => candidate.url === url);
      expect(request.request.params.get('token')).toBe('tok-en_1');
      request.flush(list([slides, handout]));
    });
    expect(root.querySelector('h2')?.textContent).toBe('Материали');
    expect(links(root)).toEqual([
      { text: 'Презентация', href: `/api/materials/${slides.id}/download?token=tok-en_1`, download: true },
      { text: 'Наръчник', href: `/api/materials/${handout.id}/download?token=tok-en_1`, download: true },
      { text: 'Изтегляне на всички (ZIP)', href: `${LIST}.zip?token=tok-en_1`, download: true },
    ]);
    expect(root.textContent).toContain('slides.pdf, 1,4 MB');
    expect(root.textContent).toContain('наръчник.pdf, 870 KB');
  });

  it('asks as a visitor even when an organiser is signed in, so every link shown opens', async () => {
    localStorage.setItem(
      'rt.session',
      JSON.stringify({
        accessToken: 'organiser-token',
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        user: { id: 'me', email: 'me@example.org', name: 'Аз', role: 'organizer', language: 'bg' },
      }),
    );
    const root = await render(null, (url) => {
      const request = http.expectOne(url);
      expect(request.request.headers.has('Authorization')).toBe(false);
      expect(request.request.params.has('token')).toBe(false);
      request.flush(list([aMaterial({ title: 'Единствен' })]));
    });
    expect(links(root).map((link) => link.href)).toEqual([
      expect.stringMatching(/^\/api\/materials\/[0-9a-f-]+\/download$/),
    ]);
  });

  it('shows nothing when there is nothing to download, or when the list cannot be had', async () => {
    const empty = await render(null, (url) => http.expectOne(url).flush(list([])));
    expect(empty.textContent?.trim()).toBe('');
    fixture.destroy();
    const failed = await render(null, (url) =>
      http
        .expectOne(url)
        .flush({ code: 'EVENT_NOT_FOUND', status: 404 }, { status: 404, statusText: 'Not Found' }),
    );
    expect(failed.textContent?.trim()).toBe('');
  });
});
