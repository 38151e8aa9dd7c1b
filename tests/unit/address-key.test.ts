import { describe, expect, it } from 'vitest';
import { addressKey } from '@/lib/newsroom/address-key';

// Sign-in throttling counts an IPv4 client by its address and an IPv6 one by its /64 network.

describe('addressKey', () => {
  it('keeps an IPv4 address, also when the socket reports it IPv4-mapped', () => {
    expect(addressKey('198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('::FFFF:198.51.100.7')).toBe('198.51.100.7');
  });

  it('counts every address of one IPv6 /64 as one client, however it is written', () => {
    const key = '2001:db8:0:12::/64';
    for (const address of ['2001:db8:0:12::1', '2001:0db8:0000:0012:ffff:1:2:3', '2001:DB8::12:0:0:0:9', '2001:db8:0:12::1%eth0'])
      expect(addressKey(address), address).toBe(key);
    expect(addressKey('2001:db8:0:13::1')).not.toBe(key);
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('2001:db8::')).toBe('2001:db8:0:0::/64');
  });

  it('keeps anything else as it is, shortened', () => {
    expect(addressKey('unknown')).toBe('unknown');
    expect(addressKey('x'.repeat(500))).toHaveLength(64);
  });
});
