import { isPrivateAddress, isWebhookUrl, namesPrivateHost } from './webhook-url';

describe('webhook URLs', () => {
  it('takes absolute https URLs without credentials only', () => {
    expect(isWebhookUrl('https://partner.example.org/hooks/roundtable?x=1')).toBe(true);
    expect(isWebhookUrl('http://partner.example.org/hooks')).toBe(false);
    expect(isWebhookUrl('ftp://partner.example.org/')).toBe(false);
    expect(isWebhookUrl('https://user:pass@partner.example.org/')).toBe(false);
    expect(isWebhookUrl('https://user@partner.example.org/')).toBe(false);
    expect(isWebhookUrl('partner.example.org/hooks')).toBe(false);
    expect(isWebhookUrl(42)).toBe(false);
  });

  it('knows the addresses a webhook may not reach', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.5',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
    ])
      expect({ address, blocked: isPrivateAddress(address) }).toEqual({ address, blocked: true });
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::6810:85e5', '172.32.0.1'])
      expect({ address, blocked: isPrivateAddress(address) }).toEqual({ address, blocked: false });
  });

  it('sees a private host in the URL as written', () => {
    expect(namesPrivateHost('https://localhost:8443/x')).toBe(true);
    expect(namesPrivateHost('https://api.localhost/x')).toBe(true);
    expect(namesPrivateHost('https://127.0.0.1/x')).toBe(true);
    expect(namesPrivateHost('https://[::1]:8443/x')).toBe(true);
    expect(namesPrivateHost('https://169.254.169.254/latest/meta-data')).toBe(true);
    expect(namesPrivateHost('https://partner.example.org/x')).toBe(false);
  });
});
