import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { Material, MaterialList } from '@roundtable/contracts';
import { aMaterial, anEvent } from '../../../../testing/builders';
import { button, choose, chooseFiles, click, fill } from '../../../../testing/dom';
import { MaterialsPage } from './materials.page';

const EVENT_ID = '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f';
const LIST = `/api/events/${EVENT_ID}/materials`;
const LIMIT = 2 * 1024 * 1024;

describe('MaterialsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MaterialsPage>;
  let page: HTMLElement;

  const list = (items: Material[]): MaterialList => ({ items, access: 'organizers', maxUploadBytes: LIMIT });
  const fileInputs = () => Array.from(page.querySelectorAll<HTMLInputElement>('input[type="file"]'));
  const status = () => page.querySelector('.status')?.textContent?.trim();

  async function open(items: Material[]): Promise<void> {
    fixture = TestBed.createComponent(MaterialsPage);
    fixture.componentRef.setInput('id', EVENT_ID);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne(`/api/events/${EVENT_ID}`).flush(anEvent({ id: EVENT_ID }));
    http.expectOne(LIST).flush(list(items));
    await fixture.whenStable();
  }

  /** The dialog lives in the overlay, outside the page. */
  async function answerDialog(name: string): Promise<void> {
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Действието не може да бъде отменено.');
    button(dialog, name).click();
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [MaterialsPage],
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
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
    http.verify();
  });

  it('says the limit, then uploads a file with its title and who may download it', async () => {
    await open([]);
    expect(page.querySelector('[aria-current="page"]')?.textContent?.trim()).toBe('Материали');
    expect(page.textContent).toContain('до 2 MB');
    expect(page.textContent).toContain('Все още няма качени материали.');

    fill(page, 'Заглавие', '  Презентация на модела ');
    await choose(fixture, 'Кой може да го изтегли', ['Регистрираните участници']);
    const file = new File([new Uint8Array([37, 80, 68, 70])], 'модел.pdf', { type: 'application/pdf' });
    chooseFiles(fileInputs()[0], [file]);
    await fixture.whenStable();
    expect(page.textContent).toContain('модел.pdf (4 B)');
    await click(fixture, 'Качване');

    const upload = http.expectOne({ method: 'POST', url: LIST });
    const form = upload.request.body as FormData;
    expect([form.get('title'), form.get('visibility'), form.get('kind'), form.get('file')]).toEqual([
      'Презентация на модела',
      'registered',
      'material',
      file,
    ]);
    const created = aMaterial({
      title: 'Презентация на модела',
      filename: 'модел.pdf',
      visibility: 'registered',
    });
    upload.flush(created);
    TestBed.tick();
    http.expectOne(LIST).flush(list([created]));
    await fixture.whenStable();
    expect(status()).toBe('Материалът „Презентация на модела“ е качен.');
    expect(page.querySelector('.materials')?.textContent).toContain('модел.pdf · 870 KB');
  });

  it('refuses a file over the limit before sending it, and asks for a file before uploading', async () => {
    await open([]);
    fill(page, 'Заглавие', 'Голям файл');
    await click(fixture, 'Качване');
    expect(page.querySelector('.file-error')?.textContent?.trim()).toBe('Моля, изберете файл.');
    chooseFiles(fileInputs()[0], [new File([new Uint8Array(LIMIT + 1)], 'huge.pdf')]);
    await fixture.whenStable();
    expect(page.querySelector('.file-error')?.textContent?.trim()).toBe(
      'Файлът huge.pdf е по-голям от 2 MB.',
    );
    await click(fixture, 'Качване');
    http.expectNone({ method: 'POST', url: LIST });
  });

  it("shows the server's refusal of a file's type", async () => {
    await open([]);
    fill(page, 'Заглавие', 'Програма');
    chooseFiles(fileInputs()[0], [new File([new Uint8Array([0x7f, 0x45, 0x4c, 0x46])], 'program.pdf')]);
    await click(fixture, 'Качване');
    http
      .expectOne({ method: 'POST', url: LIST })
      .flush(
        { code: 'FILE_TYPE_NOT_ALLOWED', status: 415, title: 'Unsupported Media Type', detail: '', type: '' },
        { status: 415, statusText: 'Unsupported Media Type' },
      );
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Може да качвате само PDF');
    expect(page.querySelector('.materials')).toBeNull();
  });

  it('changes who may download a material', async () => {
    const material = aMaterial({ title: 'Наръчник', visibility: 'public' });
    await open([material]);
    await choose(fixture, 'Достъп', ['Присъствалите участници']);
    const patch = http.expectOne({ method: 'PATCH', url: `/api/materials/${material.id}` });
    expect(patch.request.body).toEqual({ visibility: 'attended' });
    patch.flush({ ...material, visibility: 'attended' });
    await fixture.whenStable();
    expect(status()).toBe('Достъпът до „Наръчник“ е променен.');
  });

  it('deletes a material only once the organiser confirms', async () => {
    const material = aMaterial({ title: 'Стара версия' });
    await open([material]);
    await click(fixture, 'Изтриване на „Стара версия“');
    await answerDialog('Назад');
    http.expectNone({ method: 'DELETE' });

    await click(fixture, 'Изтриване на „Стара версия“');
    await answerDialog('Изтрий');
    http.expectOne({ method: 'DELETE', url: `/api/materials/${material.id}` }).flush(null);
    await fixture.whenStable();
    expect(status()).toBe('Материалът „Стара версия“ е изтрит.');
    expect(page.textContent).toContain('Все още няма качени материали.');
  });

  it('uploads the signed sheet as soon as it is picked, and offers to replace the one there', async () => {
    await open([]);
    expect(page.textContent).toContain('Все още няма качен подписан списък.');
    const scan = new File([new Uint8Array([37, 80, 68, 70])], 'scan.pdf');
    chooseFiles(fileInputs()[1], [scan]);
    const upload = http.expectOne({ method: 'POST', url: LIST });
    const form = upload.request.body as FormData;
    expect([form.get('kind'), form.get('title'), form.get('visibility'), form.get('file')]).toEqual([
      'signed-sheet',
      null,
      null,
      scan,
    ]);
    const sheet = aMaterial({
      kind: 'signed-sheet',
      visibility: 'organizers',
      filename: 'scan.pdf',
      size: 2048,
    });
    upload.flush(sheet);
    TestBed.tick();
    http.expectOne(LIST).flush(list([sheet]));
    await fixture.whenStable();
    expect(status()).toBe('Подписаният присъствен списък е качен.');
    expect(page.textContent).toContain('Качен файл: scan.pdf, 2 KB');
    expect(button(page, 'Замяна на сканирания списък')).toBeTruthy();
    // The scan is not among the materials people download.
    expect(page.querySelector('.materials')).toBeNull();
  });
});
