/**
 * Idempotency keys are stored as a keyed digest, never as sent. Integrations naturally build
 * keys from what they know (an employee number and a pulse round, say); stored verbatim,
 * such a key would tie an anonymous employee answer to a person in every backup and export
 * (shared/DESIGN.md, "Anonymity"). A keyed HMAC is deterministic, so the unique index on
 * ("orgId", "idempotencyKey") still finds repeats, but it can't be reversed or tested against
 * guesses without the server's secret. docs/decisions/003-api-surveys-and-ingestion.md.
 */
import { createHmac } from "node:crypto";
import { env } from "@/env";

let derivedKey: Buffer | undefined;

// A key of its own, derived from the app secret, so this digest can't be confused with (or
// used to forge) anything else signed with that secret.
function digestKey(): Buffer {
  derivedKey ??= createHmac("sha256", env().NEXTAUTH_SECRET).update("tandem:response-idempotency-key:v1").digest();
  return derivedKey;
}

export function digestIdempotencyKey(key: string): string {
  return createHmac("sha256", digestKey()).update(key, "utf8").digest("hex");
}
