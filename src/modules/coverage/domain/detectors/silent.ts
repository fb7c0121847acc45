/**
 * Silence is the loudest signal: stakeholders invited to an assessment who still have not answered
 * after the last reminder. When nobody invited in the account's latest wave answered, the account
 * itself is silent (one high gap); otherwise each silent stakeholder is a gap of their own.
 */
import { holdsDecisionMakerPersona, makeGap } from '../gap-support.ts';
import type { Gap, GapDetector } from '../types.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const silentDetector: GapDetector = {
  kind: 'silent',
  detect({ account, asOf }) {
    const p = account.participation;
    if (!p || p.invitations.length === 0) return [];
    // Nothing counts as silence until the last reminder (and its grace period) is behind every invitation.
    const silent = p.invitations.filter((i) => !i.answered && i.silentFrom <= asOf);
    if (silent.length === 0) return [];
    const anyAnswered = p.invitations.some((i) => i.answered);
    const afterReminders = p.reminders > 0 ? ` after ${plural(p.reminders, 'reminder')}` : '';
    if (!anyAnswered && silent.length === p.invitations.length) {
      const explanation =
        `Silent account: none of the ${plural(p.invitations.length, 'stakeholder')} invited to the ${p.questionnaireName} ` +
        `on ${p.invitedOn} answered${afterReminders}`;
      return [makeGap('silent', 'high', null, null, explanation, { invited: p.invitations.length, count: 0, reminders: p.reminders })];
    }
    const byId = new Map(account.stakeholders.map((s) => [s.stakeholderId, s]));
    const gaps: Gap[] = [];
    for (const invitation of silent) {
      const s = byId.get(invitation.stakeholderId);
      if (s?.status !== 'active') continue;
      const key = s.keyToSuccess === 'critical' || holdsDecisionMakerPersona(s.personas);
      const explanation = `${s.name} has not answered the ${p.questionnaireName} sent on ${p.invitedOn}${afterReminders}`;
      gaps.push(
        makeGap('silent', key ? 'medium' : 'low', s.personas[0] ?? null, s.stakeholderId, explanation, {
          stakeholderName: s.name,
          reminders: p.reminders,
        }),
      );
    }
    return gaps;
  },
};
