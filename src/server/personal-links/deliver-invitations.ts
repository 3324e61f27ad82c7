/**
 * Sending a batch of invitations a few at a time: enough in flight to keep the SMTP pool's
 * connections busy, few enough not to trip a provider's rate limits. One refused address
 * doesn't stop the others; the report says which failed.
 */
import { MAIL_CONNECTIONS, sendMail, type MailMessage } from "../email/send-mail";
import { buildInvitationEmail, type InvitationEmailOptions } from "./invitation-email";

export type Invitation = { email: string; token: string };
export type DeliveryReport = { sent: number; failed: string[] };
/** Everything in the email but the token: the same for every recipient of one send. */
export type InvitationContent = Omit<InvitationEmailOptions, "token">;

export type DeliverInvitationsOptions = {
  invitations: readonly Invitation[];
  content: InvitationContent;
  concurrency?: number;
  /** The transport; tests may pass another, the app uses SMTP. */
  send?: (message: MailMessage) => Promise<void>;
};

export async function deliverInvitations({ invitations, content, concurrency = MAIL_CONNECTIONS, send = sendMail }: DeliverInvitationsOptions): Promise<DeliveryReport> {
  const failed: string[] = [];
  let sent = 0;
  let next = 0;
  // A fixed number of workers each take the next invitation: no more than `concurrency` in flight.
  const worker = async () => {
    while (next < invitations.length) {
      const invitation = invitations[next++];
      if (!invitation) break;
      try {
        await send({ to: invitation.email, ...buildInvitationEmail({ ...content, token: invitation.token }) });
        sent++;
      } catch (error) {
        failed.push(invitation.email);
        // A refused mailbox is routine; the sender sees the list, operators see the reason.
        console.warn(`Invitation to ${invitation.email} not sent: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, invitations.length)) }, worker));
  return { sent, failed };
}
