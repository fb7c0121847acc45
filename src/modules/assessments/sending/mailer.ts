/**
 * Sending e-mail. With SMTP_URL (e.g. smtp://user:pass@mail.example.com:587) messages go through
 * nodemailer over a pooled connection; without it nothing leaves the machine and the outbox page
 * shows what would have been sent.
 */
import nodemailer from 'nodemailer';
import type { Config } from '../../../config.ts';

export type OutgoingMail = { to: string; subject: string; text: string; messageId: string };
export type Mailer = {
  transport: 'smtp' | 'outbox';
  /** Resolves once the mail server accepted the message; rejects with its reason otherwise. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
};

const mailers = new Map<string, Mailer>();

export function fromAddress(config: Config): string {
  const host = new URL(config.publicUrl).hostname || 'localhost';
  return `Rapport <no-reply@${host.includes('.') ? host : `${host}.localdomain`}>`;
}

function createMailer(config: Config): Mailer {
  if (!config.smtpUrl) return { transport: 'outbox', send: async () => {}, close: () => {} };
  const transporter = nodemailer.createTransport(config.smtpUrl, { from: fromAddress(config) });
  return {
    transport: 'smtp',
    async send(mail) {
      await transporter.sendMail({ to: mail.to, subject: mail.subject, text: mail.text, messageId: mail.messageId });
    },
    close: () => transporter.close(),
  };
}

/** One mailer per SMTP URL per process, so a wave reuses connections. */
export function mailerFor(config: Config): Mailer {
  const key = config.smtpUrl ?? '';
  let mailer = mailers.get(key);
  if (!mailer) {
    mailer = createMailer(config);
    mailers.set(key, mailer);
  }
  return mailer;
}

export function closeMailers(): void {
  for (const m of mailers.values()) m.close();
  mailers.clear();
}
