import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, t=2): OWASP's recommended minimum.
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

// A real hash to verify against when the account doesn't exist, so a missing account and a
// wrong password take the same time and can't be told apart.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash("tandem-dummy-password-for-timing");
  return dummyHash;
}
