import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { I18n } from '../i18n/i18n.service';
import { Downloads, type DownloadedFile } from './download';

describe('Downloads', () => {
  let downloads: Downloads<'pdf' | 'csv'>;
  let clicked: string[];

  beforeEach(() => {
    downloads = TestBed.runInInjectionContext(() => new Downloads<'pdf' | 'csv'>());
    clicked = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    URL.createObjectURL = jest.fn(() => 'blob:file');
    URL.revokeObjectURL = jest.fn();
  });

  afterEach(() => jest.restoreAllMocks());

  it('names the file being fetched, ignores a second click meanwhile, and hands the file to the browser', () => {
    const pdf = new Subject<DownloadedFile>();
    const csv = new Subject<DownloadedFile>();
    downloads.fetch('pdf', pdf, fail);
    expect(downloads.busy()).toBe('pdf');

    downloads.fetch('csv', csv, fail);
    expect(csv.observed).toBe(false);

    pdf.next({ filename: 'обобщение.pdf', blob: new Blob(['%PDF']) });
    expect(downloads.busy()).toBeNull();
    expect(clicked).toEqual(['обобщение.pdf']);
  });

  it('gives a refusal to the page in the user’s language and frees the button', () => {
    const failures: string[] = [];
    const request = new Subject<DownloadedFile>();
    downloads.fetch('csv', request, (message) => failures.push(message));
    request.error(new HttpErrorResponse({ status: 0 }));

    expect(failures).toEqual([TestBed.inject(I18n).t('code.NETWORK')]);
    expect(downloads.busy()).toBeNull();
    expect(clicked).toEqual([]);
  });
});

function fail(message: string): never {
  throw new Error(`unexpected failure: ${message}`);
}
