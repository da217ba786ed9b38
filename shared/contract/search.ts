/** The global search (Ctrl+K): one query over complexes, initiatives, residents, budgets and policies. */
import { z } from 'zod';
import type { Status } from '../domain/status';
import { method } from './method';

export interface SearchHit {
  id: string;
  /** What the user reads first: a code and name, a title, a person's name. */
  label: string;
  /** Where it is: the complex, the year, the insurer. */
  detail: string;
  status?: Status;
}

export interface SearchResults {
  complexes: SearchHit[];
  initiatives: SearchHit[];
  /** Names only, of residents who were not erased; contact details never appear in search. */
  residents: SearchHit[];
  budgets: SearchHit[];
  policies: SearchHit[];
}

export const SEARCH_GROUPS = ['complexes', 'initiatives', 'residents', 'budgets', 'policies'] as const;

export const searchMethods = {
  /** At most 6 hits per group, best first: code and name prefixes before words inside. */
  'search:global': method<SearchResults>()(z.object({ query: z.string().trim().min(1).max(100) }).strict(), {
    reads: ['complexes', 'initiatives', 'fieldwork'],
  }),
} as const;
