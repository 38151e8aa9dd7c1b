import { isIP } from 'node:net';

// What sign-in throttling counts and remembers a client by: its IPv4 address, or the /64 network
// of an IPv6 one. An IPv6 host usually holds a whole /64 and can pick a fresh address per request,
// so counting exact addresses would give it endless fresh allowances.

const MAX_LENGTH = 64;

/** The throttling key of a client address (anything that is no IP address is kept, shortened). */
export function addressKey(address: string): string {
  const bare = address.trim().replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(bare);
  if (mapped && isIP(mapped[1]) === 4) return mapped[1];
  if (isIP(bare) !== 6) return bare.slice(0, MAX_LENGTH);
  const [head, tail] = bare.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = [...headGroups, ...Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
