import { createHmac, randomBytes, scrypt, timingSafeEqual, createHash } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: object,
) => Promise<Buffer>;
// SECURITY: scrypt with N=2^15, r=8: about 50 ms and 32 MB per guess, so a stolen table is slow to crack.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, 32, SCRYPT);
  return `scrypt$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, salt, key] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length, SCRYPT);
  return timingSafeEqual(actual, expected);
}

/** A refresh token identifies one laptop for 30 days; only its SHA-256 is stored. */
export const newRefreshToken = () => randomBytes(32).toString('base64url');
export const digest = (token: string) => createHash('sha256').update(token).digest('base64url');
export const REFRESH_DAYS = 30;
/** Access tokens live 15 minutes: a deactivated account or a changed role takes effect on the next request anyway. */
export const ACCESS_MS = 15 * 60_000;

/**
 * Signs and checks short-lived access tokens: `deviceId.staffId.expiry.signature`, HMAC-SHA256 with the server's key.
 */
export function accessTokens(secret: Buffer, now: () => number = Date.now) {
  const sign = (body: string) => createHmac('sha256', secret).update(body).digest('base64url');
  return {
    issue(deviceId: string, staffId: string) {
      const expiresAt = now() + ACCESS_MS;
      const body = `${deviceId}.${staffId}.${expiresAt}`;
      return { token: `${body}.${sign(body)}`, expiresAt };
    },
    check(token: string): { deviceId: string; staffId: string } | null {
      const parts = token.split('.');
      if (parts.length !== 4) return null;
      const [deviceId, staffId, expiry, signature] = parts as [string, string, string, string];
      const expected = Buffer.from(sign(`${deviceId}.${staffId}.${expiry}`));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      if (!(Number(expiry) > now())) return null;
      return { deviceId, staffId };
    },
  };
}

/**
 * Slows down guessing: each failed login for a name doubles the wait before the next answer for that name
 * (from 250 ms up to 8 s), and a success clears it. Kept in memory: a restart forgives, an attacker still waits.
 */
export function loginThrottle() {
  const failures = new Map<string, number>();
  return {
    delayMs: (login: string) => {
      const n = failures.get(login.toLowerCase()) ?? 0;
      return n === 0 ? 0 : Math.min(8_000, 250 * 2 ** (n - 1));
    },
    failed: (login: string) => failures.set(login.toLowerCase(), (failures.get(login.toLowerCase()) ?? 0) + 1),
    succeeded: (login: string) => failures.delete(login.toLowerCase()),
  };
}
