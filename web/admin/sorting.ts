// The catalog's orders, by the name the URL carries (`sort=progress-desc`), each one of the API's orderBy.
import { t } from './i18n';

type Order = { field: 'CODE' | 'PROGRESS' | 'TARGET_DATE' | 'UPDATED_AT'; direction: 'ASC' | 'DESC' };

export const SORTS: Record<string, { orderBy: Order; label: Parameters<typeof t>[0] }> = {
  code: { orderBy: { field: 'CODE', direction: 'ASC' }, label: 'sortCode' },
  'progress-desc': { orderBy: { field: 'PROGRESS', direction: 'DESC' }, label: 'sortProgressDesc' },
  'progress-asc': { orderBy: { field: 'PROGRESS', direction: 'ASC' }, label: 'sortProgressAsc' },
  target: { orderBy: { field: 'TARGET_DATE', direction: 'ASC' }, label: 'sortTarget' },
  updated: { orderBy: { field: 'UPDATED_AT', direction: 'DESC' }, label: 'sortUpdated' },
};

/** [value, label] pairs; "code" is also what an empty `sort` means, so it is the select's "" option. */
export const sortOptions = (): [string, string][] =>
  Object.entries(SORTS)
    .filter(([value]) => value !== 'code')
    .map(([value, s]) => [value, t(s.label)]);
