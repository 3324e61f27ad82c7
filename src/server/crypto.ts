import { createHash, randomBytes } from "node:crypto";

/** A URL-safe random secret (API keys, invitation tokens). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** Tokens are 256-bit random secrets, so a fast unsalted hash is enough to store them. */
export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
