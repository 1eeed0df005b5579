import { plainAddress } from './audit-store';

describe('plainAddress', () => {
  it('writes an IPv4 client seen through a dual-stack socket as IPv4, and leaves IPv6 as it is', () => {
    expect(plainAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(plainAddress('::FFFF:192.168.10.4')).toBe('192.168.10.4');
    expect(plainAddress('203.0.113.9')).toBe('203.0.113.9');
    expect(plainAddress('2001:db8::1')).toBe('2001:db8::1');
    expect(plainAddress('::ffff:7f00:1')).toBe('::ffff:7f00:1');
  });
});
