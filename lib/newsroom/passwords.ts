import { hash, verify } from '@node-rs/argon2';

// Argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane): @node-rs/argon2's defaults are weaker,
// so every parameter is spelled out. `algorithm: 2` is Argon2id (a const enum we cannot import
// under isolatedModules).
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    // A malformed stored hash is a wrong password, not a crash.
    return false;
  }
}

// 32 lower-case letters and digits, without those read alike (0/o, 1/l): a byte's low 5 bits pick one evenly.
const ONE_TIME_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A password an admin reads to a member once: 16 random characters (80 bits) in four groups. */
export function oneTimePassword(): string {
  const letters = [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => ONE_TIME_ALPHABET[byte & 31]);
  return [0, 4, 8, 12].map((start) => letters.slice(start, start + 4).join('')).join('-');
}
