// Password hashing with argon2id (@node-rs/argon2 defaults: m=19 MiB, t=2, p=1, OWASP's minimum).
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a real hash when the user is unknown keeps the answer time the same, so timing
// does not tell which usernames exist.
let decoy: Promise<string> | null = null;
export async function verifyDecoy(password: string): Promise<void> {
  decoy ??= hash('decoy-password-for-timing');
  await verifyPassword(await decoy, password);
}
