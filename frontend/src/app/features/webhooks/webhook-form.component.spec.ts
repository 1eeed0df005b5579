import { FormControl } from '@angular/forms';
import { webhookUrl } from './webhook-form.component';

describe('webhookUrl', () => {
  const check = (value: string) => webhookUrl(new FormControl(value));

  it('takes https URLs without credentials, and leaves an empty field to "required"', () => {
    expect(check('https://crm.partner.example/hooks?x=1')).toBeNull();
    expect(check('')).toBeNull();
  });

  it('refuses what the API refuses as isWebhookUrl', () => {
    for (const value of [
      'http://crm.partner.example/hooks',
      'https://u:p@crm.partner.example/',
      'crm.partner.example',
    ])
      expect({ value, errors: check(value) }).toEqual({ value, errors: { isWebhookUrl: true } });
  });
});
