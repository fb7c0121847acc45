import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { client, data, type QueryOf, type ResponseOf, type Schema } from '../../api/client.ts';

export type PersonDetail = Schema<'PersonDetail'>;
export type PeoplePage = ResponseOf<'/people', 'get'>;
export type PersonListItem = PeoplePage['items'][number];

export const peopleQuery = (params: QueryOf<'/people', 'get'>) =>
  queryOptions({
    queryKey: ['people', 'list', params],
    queryFn: () => data(client.GET('/people', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });

export const personQuery = (id: string) =>
  queryOptions({ queryKey: ['people', 'detail', id], queryFn: () => data(client.GET('/people/{id}', { params: { path: { id } } })) });
