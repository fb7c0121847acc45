/** Stakeholders of an account, their history, and persona suggestions from a job title. */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { KeyToSuccess, Sentiment } from '../../domain/labels.ts';
import { api, withQuery } from '../../lib/api.ts';

export type PersonFields = {
  firstName: string;
  lastName: string;
  fullName: string;
  email: string | null;
  title: string | null;
  phone: string | null;
};

export type Stakeholder = {
  id: string;
  accountId: string;
  personId: string;
  person: PersonFields;
  personas: string[];
  keyToSuccess: KeyToSuccess;
  assessedSentiment: Sentiment | null;
  assessedSentimentAt: string | null;
  assessedSentimentByName: string | null;
  assessedSentimentReason: string | null;
  measuredSentiment: Sentiment | null;
  relationshipStrength: number | null;
  personalRapport: number | null;
  status: 'active' | 'left';
  leftAt: string | null;
  lastEngagedAt: string | null;
};

export type StakeholderChange = {
  id: string;
  field: 'personas' | 'assessedSentiment' | 'keyToSuccess' | 'status' | 'relationshipStrength' | 'personalRapport' | 'email';
  fromValue: unknown;
  toValue: unknown;
  reason: string | null;
  changedByName: string | null;
  changedAt: string;
};

export type NewPerson = { firstName: string; lastName: string; email?: string; title?: string; phone?: string };

export type StakeholderInput = {
  accountId: string;
  personId?: string;
  person?: NewPerson;
  personas: string[];
  keyToSuccess: KeyToSuccess;
  assessedSentiment?: Sentiment | null;
  sentimentReason?: string;
  relationshipStrength?: number | null;
  personalRapport?: number | null;
};

export type PersonPatch = { firstName?: string; lastName?: string; email?: string | null; title?: string | null; phone?: string | null };

export type StakeholderPatch = Partial<Omit<StakeholderInput, 'accountId' | 'personId' | 'person'>> & { person?: PersonPatch };

export type PersonaSuggestion = { personas: string[]; seniority: string | null; confidence: number; reasons: string[] };

export const stakeholderKeys = {
  all: ['stakeholders'] as const,
  ofAccount: (accountId: string) => ['stakeholders', 'account', accountId] as const,
  history: (id: string) => ['stakeholders', 'history', id] as const,
};

export const accountStakeholdersQuery = (accountId: string) =>
  queryOptions({
    queryKey: stakeholderKeys.ofAccount(accountId),
    queryFn: () => api<{ items: Stakeholder[] }>(withQuery(`/accounts/${accountId}/stakeholders`, { status: 'all' })).then((r) => r.items),
  });

export const stakeholderHistoryQuery = (id: string) =>
  queryOptions({
    queryKey: stakeholderKeys.history(id),
    queryFn: () => api<{ items: StakeholderChange[] }>(`/stakeholders/${id}/history`).then((r) => r.items),
  });

export const personaSuggestionQuery = (title: string) =>
  queryOptions({
    queryKey: ['persona-suggestion', title],
    queryFn: () => api<PersonaSuggestion>(withQuery('/persona-suggestions', { title })),
    enabled: title.trim().length >= 2,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });

function useInvalidateStakeholders() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: stakeholderKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['accounts', 'list'] }),
      queryClient.invalidateQueries({ queryKey: ['people'] }),
      // Gaps follow stakeholders and touchpoints: the Coverage tab and heat map must recompute.
      queryClient.invalidateQueries({ queryKey: ['coverage'] }),
    ]);
}

export function useCreateStakeholder() {
  const invalidate = useInvalidateStakeholders();
  return useMutation({
    mutationFn: (input: StakeholderInput) => api<Stakeholder>('/stakeholders', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export function useUpdateStakeholder() {
  const invalidate = useInvalidateStakeholders();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: StakeholderPatch }) =>
      api<Stakeholder>(`/stakeholders/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: invalidate,
  });
}

export function useMarkStakeholderLeft() {
  const invalidate = useInvalidateStakeholders();
  return useMutation({
    mutationFn: ({ id, leftAt, reason }: { id: string; leftAt?: string; reason?: string }) =>
      api<Stakeholder>(`/stakeholders/${id}/leave`, { method: 'POST', body: { leftAt, reason } }),
    onSuccess: invalidate,
  });
}
