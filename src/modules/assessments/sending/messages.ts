/** The words of invitation and reminder e-mails. Plain text: it reads well in every mail client and on a phone. */
export type MessageInput = {
  /** 0 = the invitation, 1.. = reminders. */
  sequence: number;
  firstName: string;
  accountName: string;
  productName: string;
  link: string;
  /** YYYY-MM-DD after which the link no longer takes answers. */
  closesOn: string;
};

export function composeMessage(m: MessageInput): { subject: string; text: string } {
  const greeting = `Hello ${m.firstName},`;
  const closing = `The link is personal to you and works until ${m.closesOn}. Your answers go to the team looking after ${m.accountName}, who will follow up with you.`;
  if (m.sequence === 0) {
    return {
      subject: `How is it going with ${m.productName}? Two minutes of your view`,
      text: [
        greeting,
        '',
        `We would value your honest view of how things are going between ${m.accountName} and us. It takes about two minutes: one score and a few words.`,
        '',
        m.link,
        '',
        closing,
        '',
        'Thank you.',
      ].join('\n'),
    };
  }
  return {
    subject: `Reminder: your view of ${m.productName}`,
    text: [
      greeting,
      '',
      `A short reminder: we would still like to hear how things are going for ${m.accountName}. Even a single score helps, and critical answers are the most useful of all.`,
      '',
      m.link,
      '',
      closing,
    ].join('\n'),
  };
}
