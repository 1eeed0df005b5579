import { FormControl } from '@angular/forms';
import { TestBed } from '@angular/core/testing';
import { I18n } from '../i18n/i18n.service';
import { fieldErrorMessage, plainText, singleLine } from './field-errors';

describe('control characters', () => {
  it('are refused in a name or title, as the API refuses them, with its rule and wording', () => {
    const title = new FormControl('Кръгла маса\r\nBEGIN:VEVENT', { validators: [singleLine] });
    expect(title.errors).toEqual({ noControlCharacters: true });
    const i18n = TestBed.inject(I18n);
    expect(fieldErrorMessage(i18n, title.errors)).toBe(i18n.t('rule.noControlCharacters'));
    expect(new FormControl('Кръгла маса „Щастливо детство“', [singleLine]).errors).toBeNull();
  });

  it('leave the line breaks and tabs of free text alone', () => {
    expect(new FormControl('Първи абзац.\n\n\tВтори.', [plainText]).errors).toBeNull();
    expect(new FormControl('Звън\u0007', [plainText]).errors).toEqual({ noControlCharacters: true });
  });
});
