import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, withQuery } from '../../lib/api.ts';

export type PersonListItem = {
  id: string;
  firstName: string;
  lastName: string;
  fullName: string;
  email: string | null;
  title: string | null;
  phone: string | null;
  accounts: number;
};

export type PersonDetail = PersonListItem & {
  stakeholders: { stakeholderId: string; accountId: string; accountName: string; personas: string[]; status: 'active' | 'left' }[];
};

export type PeoplePage = { items: PersonListItem[]; nextCursor: string | null; total: number };

export const peopleQuery = (params: { q?: string; limit?: number; cursor?: string }) =>
  queryOptions({
    queryKey: ['people', 'list', params],
    queryFn: () => api<PeoplePage>(withQuery('/people', params)),
    placeholderData: keepPreviousData,
  });

export const personQuery = (id: string) =>
  queryOptions({ queryKey: ['people', 'detail', id], queryFn: () => api<PersonDetail>(`/people/${id}`) });
