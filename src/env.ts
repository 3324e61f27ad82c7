/**
 * The one place that reads process.env (shared/STYLE.md, habit 6). Parsed lazily so that
 * `next build` and tooling that merely import a module don't need a running configuration.
 */
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required (npm start sets it for the embedded database)"),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters"),
  NEXTAUTH_URL: z.url().optional(),
  /** Trust X-Forwarded-For from a load balancer for the client address (rate limits). */
  TANDEM_TRUST_PROXY: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  /** Pool size per app instance; several instances share PostgreSQL's connection limit. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * Where email goes: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465.
   * Unset, the app can't send email; `npm start` sets it to its local mail catcher.
   */
  SMTP_URL: z.preprocess(
    // An empty value (SMTP_URL= in a .env file) means "not configured", not "invalid".
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string()
      .trim()
      .regex(/^smtps?:\/\/\S+$/, "SMTP_URL must look like smtp://user:pass@host:587 or smtps://host:465")
      .optional(),
  ),
  /** The From header of every email: "Name <address>". */
  MAIL_FROM: z.string().trim().min(3).default("Tandem <no-reply@tandem.local>"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
      throw new Error(`Invalid environment:\n${lines}`);
    }
    cached = parsed.data;
  }
  return cached;
}
