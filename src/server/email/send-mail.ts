/**
 * Sending email through SMTP (nodemailer), configured by SMTP_URL. One transport per process,
 * made on first use, so `next build` and pages that never send need no mail server. In
 * development and tests SMTP_URL points at the project's mail catcher
 * (scripts/lib/mail-catcher.ts), so this same code path is what the tests exercise.
 */
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/env";
import { AppError } from "@/lib/errors";

export type MailMessage = { to: string; subject: string; text: string; html: string };

export const NOT_CONFIGURED_MESSAGE = "Email is not configured: set SMTP_URL";
/** Connections kept open to the SMTP server; also how many messages are in flight at once. */
export const MAIL_CONNECTIONS = 5;

// On globalThis, like the Prisma client, so a development hot reload doesn't leave pools behind.
const holder = globalThis as unknown as { tandemMailer?: { url: string; transport: Transporter } };

export const isMailConfigured = (): boolean => Boolean(env().SMTP_URL);

/**
 * A pooled transport: a batch of invitations reuses a few connections instead of opening (and
 * TLS-handshaking) one per message. Pool settings already in the URL win, so an operator can
 * tune them there (nodemailer reads them from the query string).
 */
function transport(): Transporter {
  const url = env().SMTP_URL;
  if (!url) throw new AppError("service_unavailable", NOT_CONFIGURED_MESSAGE);
  if (holder.tandemMailer?.url !== url) {
    holder.tandemMailer?.transport.close();
    const withPool = new URL(url);
    if (!withPool.searchParams.has("pool")) withPool.searchParams.set("pool", "true");
    if (!withPool.searchParams.has("maxConnections")) withPool.searchParams.set("maxConnections", String(MAIL_CONNECTIONS));
    holder.tandemMailer = { url, transport: nodemailer.createTransport(withPool.toString()) };
  }
  return holder.tandemMailer.transport;
}

/** Throws service_unavailable when SMTP_URL is unset, so callers can refuse before doing any work. */
export function assertMailConfigured(): void {
  transport();
}

/** Sends one message from MAIL_FROM; rejects with the SMTP error when the server refuses it. */
export async function sendMail({ to, subject, text, html }: MailMessage): Promise<void> {
  await transport().sendMail({ from: env().MAIL_FROM, to, subject, text, html });
}

/** Closes the pooled connections (tests and scripts that end the process cleanly). */
export function closeMailTransport(): void {
  holder.tandemMailer?.transport.close();
  holder.tandemMailer = undefined;
}
