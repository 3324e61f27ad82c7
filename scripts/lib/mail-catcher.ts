/**
 * A local SMTP server that keeps every message it receives in memory, plus a small HTTP
 * endpoint to read them: `npm start` and the e2e server run one when no SMTP_URL is set, and
 * integration tests start one in-process, so the app's email path is exercised for real
 * (nodemailer → SMTP → parsed message) without sending anything anywhere.
 *
 *   GET    /messages[?to=address]  → [{ id, from, to, subject, text, html, date }], oldest first
 *   DELETE /messages               → 204, forgets them all
 *
 * Both servers listen on 127.0.0.1 only and accept any sender and recipient without
 * authentication: this is a developer tool, never a relay.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CaughtMessage = { id: number; from: string; to: string[]; subject: string; text: string; html: string; date: string };

export type MailCatcher = {
  smtpPort: number;
  httpPort: number;
  /** What the app's SMTP_URL should be. */
  smtpUrl: string;
  /** The HTTP list of messages. */
  messagesUrl: string;
  messages(filter?: { to?: string }): CaughtMessage[];
  clear(): void;
  stop(): Promise<void>;
};

export type MailCatcherOptions = { smtpPort?: number; httpPort?: number; host?: string; log?: (line: string) => void };

// A message bigger than this is refused: nothing the app sends comes close.
const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;
// Keeps a forgotten `npm start` from growing without bound: the oldest go first.
const MAX_KEPT = 10_000;

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.map((v) => (v.address ?? "").toLowerCase())).filter(Boolean);
}

function listen(server: { listen(port: number, host: string, cb: () => void): unknown; once(event: "error", cb: (e: Error) => void): unknown }, port: number, host: string) {
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
}

function send(res: ServerResponse, status: number, body?: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const host = options.host ?? "127.0.0.1";
  const kept: CaughtMessage[] = [];
  let nextId = 1;

  const smtp = new SMTPServer({
    authOptional: true,
    // Plain SMTP on the loopback: no TLS to configure, and nodemailer doesn't try STARTTLS.
    disabledCommands: ["AUTH", "STARTTLS"],
    disableReverseLookup: true,
    size: MAX_MESSAGE_BYTES,
    logger: false,
    // Idle pooled client connections shouldn't hold up a stop for long.
    closeTimeout: 200,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          // The envelope's recipients count (a Bcc shows in no header), the headers' as a fallback.
          const envelope = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          kept.push({
            id: nextId++,
            from: addresses(parsed.from)[0] ?? "",
            to: envelope.length ? envelope : addresses(parsed.to),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            date: (parsed.date ?? new Date()).toISOString(),
          });
          if (kept.length > MAX_KEPT) kept.splice(0, kept.length - MAX_KEPT);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  // Errors while starting reach the caller through listen(); later ones (a client gone mid-way)
  // are only worth a line. The listener must exist either way: an unheard 'error' would throw.
  let listening = false;
  smtp.on("error", (error) => {
    if (listening) options.log?.(`mail catcher SMTP error: ${error.message}`);
  });

  const messages = (filter: { to?: string } = {}) => {
    const to = filter.to?.trim().toLowerCase();
    return kept.filter((m) => !to || m.to.includes(to));
  };

  const http: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://catcher.local");
    if (url.pathname !== "/messages") return send(res, 404, { error: "Try GET /messages" });
    if (req.method === "GET") return send(res, 200, messages({ to: url.searchParams.get("to") ?? undefined }));
    if (req.method === "DELETE") {
      kept.length = 0;
      return send(res, 204);
    }
    return send(res, 405, { error: "GET or DELETE" });
  });

  await listen(smtp.server, options.smtpPort ?? 0, host);
  try {
    await listen(http, options.httpPort ?? 0, host);
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    throw error;
  }
  listening = true;
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const httpPort = (http.address() as AddressInfo).port;

  return {
    smtpPort,
    httpPort,
    smtpUrl: `smtp://${host}:${smtpPort}`,
    messagesUrl: `http://${host}:${httpPort}/messages`,
    messages,
    clear: () => {
      kept.length = 0;
    },
    stop: async () => {
      http.closeAllConnections();
      await Promise.all([new Promise<void>((resolve) => http.close(() => resolve())), new Promise<void>((resolve) => smtp.close(() => resolve()))]);
    },
  };
}

/** Starts on the given ports, or on random ones (with a note) when those are taken. */
export async function startMailCatcherOnPreferredPorts(options: MailCatcherOptions & { smtpPort: number; httpPort: number }): Promise<MailCatcher> {
  try {
    return await startMailCatcher(options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    options.log?.(`Port ${options.smtpPort} or ${options.httpPort} is in use (another mail catcher?): the mail catcher takes free ports instead`);
    return startMailCatcher({ ...options, smtpPort: 0, httpPort: 0 });
  }
}

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name} must be a port number, got ${raw}`);
  return port;
}

/** `npm start`'s ports: 1025 (SMTP) and 1080 (HTTP), as MailDev uses, unless set otherwise. */
export function preferredCatcherPorts(): { smtpPort: number; httpPort: number } {
  return { smtpPort: portFromEnv("TANDEM_MAIL_SMTP_PORT", 1025), httpPort: portFromEnv("TANDEM_MAIL_HTTP_PORT", 1080) };
}
