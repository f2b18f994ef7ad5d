// The calls of the Institutions page: every institution (archived ones too) with the accounts that belong to it,
// and admins' writes on them.
import {
  ConsoleArchiveOwnerDocument,
  ConsoleCreateOwnerDocument,
  ConsoleInstitutionsDocument,
  ConsoleMergeOwnersDocument,
  ConsoleRestoreOwnerDocument,
  ConsoleUpdateOwnerDocument,
  type ConsoleCreateOwnerMutationVariables,
  type ConsoleInstitutionFragment,
  type ConsoleInstitutionsQuery,
  type ConsoleUpdateOwnerMutationVariables,
} from './__generated__/operations';
import { gql } from './api';

export type InstitutionRow = ConsoleInstitutionFragment;

export const fetchInstitutionPage = async (): Promise<ConsoleInstitutionsQuery> => gql(ConsoleInstitutionsDocument, {});

export const createInstitution = async (input: ConsoleCreateOwnerMutationVariables['input']) =>
  (await gql(ConsoleCreateOwnerDocument, { input })).createOwner;

export const updateInstitution = async (input: ConsoleUpdateOwnerMutationVariables['input']) =>
  (await gql(ConsoleUpdateOwnerDocument, { input })).updateOwner;

export const mergeInstitutions = async (sourceId: string, targetId: string) =>
  (await gql(ConsoleMergeOwnersDocument, { input: { sourceId, targetId } })).mergeOwners;

export const archiveInstitution = async (id: string) => (await gql(ConsoleArchiveOwnerDocument, { id })).archiveOwner;

export const restoreInstitution = async (id: string) => (await gql(ConsoleRestoreOwnerDocument, { id })).restoreOwner;
