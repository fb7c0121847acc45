/**
 * Silence is the loudest signal: stakeholders invited to an assessment who still have not answered
 * after the last reminder. When nobody invited in the account's latest wave answered, the account
 * itself is silent (one high gap). Otherwise, where the model sets a participation target for a
 * persona and that persona's holders answered below it, one gap names the persona and the numbers;
 * the remaining silent stakeholders are gaps of their own.
 */
import { PERSONAS } from '../../../../domain/personas.ts';
import { holdsDecisionMakerPersona, makeGap, personaPlural } from '../gap-support.ts';
import type { Gap, GapDetector } from '../types.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const percent = (share: number) => `${Math.round(share * 100)}%`;

export const silentDetector: GapDetector = {
  kind: 'silent',
  detect({ account, model, asOf }) {
    const p = account.participation;
    if (!p || p.invitations.length === 0) return [];
    const final = (i: { answered: boolean; silentFrom: string }) => i.answered || i.silentFrom <= asOf;
    // Nothing counts as silence until the last reminder (and its grace period) is behind the invitation.
    const silent = p.invitations.filter((i) => !i.answered && i.silentFrom <= asOf);
    if (silent.length === 0) return [];
    const afterReminders = p.reminders > 0 ? ` after ${plural(p.reminders, 'reminder')}` : '';
    if (silent.length === p.invitations.length) {
      const explanation =
        `Silent account: none of the ${plural(p.invitations.length, 'stakeholder')} invited to the ${p.questionnaireName} ` +
        `on ${p.invitedOn} answered${afterReminders}`;
      return [makeGap('silent', 'high', null, null, explanation, { invited: p.invitations.length, count: 0, reminders: p.reminders })];
    }

    const byId = new Map(account.stakeholders.map((s) => [s.stakeholderId, s]));
    const gaps: Gap[] = [];
    const covered = new Set<string>();
    for (const persona of PERSONAS) {
      const target = model.requirements.find((r) => r.persona === persona)?.participationTarget ?? null;
      if (target === null) continue;
      const invited = p.invitations.filter((i) => byId.get(i.stakeholderId)?.personas.includes(persona));
      // Judge a persona's participation only once every one of its invitations has run its course.
      if (invited.length === 0 || !invited.every(final)) continue;
      const answered = invited.filter((i) => i.answered).length;
      if (answered / invited.length >= target) continue;
      const names = invited.filter((i) => !i.answered).map((i) => byId.get(i.stakeholderId)?.name ?? '');
      for (const i of invited) if (!i.answered) covered.add(i.stakeholderId);
      const explanation =
        `${personaPlural(persona)} answered ${answered} of ${invited.length} invitations to the ${p.questionnaireName} ` +
        `(${percent(answered / invited.length)}; target ${percent(target)}): no answer from ${names.join(', ')}${afterReminders}`;
      const severity = holdsDecisionMakerPersona([persona]) ? 'high' : 'medium';
      gaps.push(
        makeGap('silent', severity, persona, null, explanation, { count: answered, invited: invited.length, reminders: p.reminders }),
      );
    }
    for (const invitation of silent) {
      if (covered.has(invitation.stakeholderId)) continue;
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
