import { randomToken } from "../crypto";

/**
 * 16 random bytes (128 bits) in base64url: 22 characters, unguessable, and short enough to keep
 * the poster's QR code coarse and easy to scan from across a counter.
 */
export const PUBLIC_LINK_TOKEN_BYTES = 16;

export const newPublicLinkToken = (): string => randomToken(PUBLIC_LINK_TOKEN_BYTES);

/**
 * What a token of ours can look like. Anything else (a NUL byte, a path, 10 kB of junk) is
 * "not found" before it reaches PostgreSQL, so a mangled URL can never turn into a 500.
 */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{16,64}$/.test(token);
}
