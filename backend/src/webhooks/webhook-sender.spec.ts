import { Webhook } from 'standardwebhooks';
import { sendWebhook, signedHeaders } from './webhook-sender';

const config = { extraCa: null, allowPrivateNetworks: false, timeoutMs: 2_000 };
const message = (url: string) => ({
  url,
  secret: `whsec_${Buffer.alloc(32, 7).toString('base64')}`,
  id: '2f1c7e52-5d0c-4d7e-9d3e-0d1f6c0f2a11',
  body: '{"type":"checkin.created"}',
  at: new Date(),
});

describe('sending a webhook', () => {
  it('signs id, timestamp and body as Standard Webhooks verifies them', () => {
    const sent = message('https://partner.example/hooks');
    const headers = signedHeaders(sent);
    expect(headers['webhook-id']).toBe(sent.id);
    expect(headers['webhook-timestamp']).toBe(String(Math.floor(sent.at.getTime() / 1000)));
    expect(new Webhook(sent.secret).verify(sent.body, headers)).toEqual({ type: 'checkin.created' });
    expect(() => new Webhook(sent.secret).verify('{"type":"other"}', headers)).toThrow();
  });

  it('refuses a name that resolves to a private address, before connecting', async () => {
    await expect(sendWebhook(message('https://localhost:1/hooks'), config)).resolves.toEqual({
      ok: false,
      status: null,
      error: expect.stringContaining('resolves to a private address'),
    });
  });

  it('refuses a private IP literal and anything but https', async () => {
    await expect(sendWebhook(message('https://10.1.2.3/hooks'), config)).resolves.toMatchObject({
      ok: false,
      error: 'refused: the address is in a private network',
    });
    await expect(sendWebhook(message('http://partner.example/hooks'), config)).resolves.toMatchObject({
      ok: false,
      error: 'not an https URL',
    });
  });
});
