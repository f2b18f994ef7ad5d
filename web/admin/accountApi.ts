// The calls of "My account" and the Users page: one's sessions, password and tokens; admins' view of every
// account (memberships, password reset, sessions, tokens).
import {
  ConsoleAddMembershipDocument,
  ConsoleChangePasswordDocument,
  ConsoleEndSessionDocument,
  ConsoleEndSessionsDocument,
  ConsoleIssueTokenDocument,
  ConsoleMyAccountDocument,
  ConsoleRemoveMembershipDocument,
  ConsoleRevokeTokenDocument,
  ConsoleSetPasswordDocument,
  ConsoleUsersDocument,
  type ConsoleIssueTokenMutationVariables,
  type ConsoleMyAccountQuery,
  type ConsoleTokenRowFragment,
  type ConsoleUserRowFragment,
  type ConsoleUsersQuery,
} from './__generated__/operations';
import { gql } from './api';

export type MyAccount = NonNullable<ConsoleMyAccountQuery['me']>;
export type SessionRow = MyAccount['sessions'][number];
export type TokenRow = ConsoleTokenRowFragment;
export type UserRow = ConsoleUserRowFragment;
export type OwnerChoice = ConsoleUsersQuery['owners'][number];

/** Null when anonymous. */
export const fetchMyAccount = async (): Promise<MyAccount | null> => (await gql(ConsoleMyAccountDocument, {})).me;

export const endSession = (id: string) => gql(ConsoleEndSessionDocument, { id });

export const changePassword = (currentPassword: string, newPassword: string) =>
  gql(ConsoleChangePasswordDocument, { input: { currentPassword, newPassword } });

export const issueToken = async (input: ConsoleIssueTokenMutationVariables['input']) =>
  (await gql(ConsoleIssueTokenDocument, { input })).issueToken;

export const revokeToken = async (id: string): Promise<TokenRow> =>
  (await gql(ConsoleRevokeTokenDocument, { id })).revokeToken;

export const fetchUsers = async (): Promise<ConsoleUsersQuery> => gql(ConsoleUsersDocument, {});

export const addMembership = async (userName: string, ownerId: string): Promise<UserRow> =>
  (await gql(ConsoleAddMembershipDocument, { input: { userName, ownerId } })).addMembership;

export const removeMembership = async (userName: string, ownerId: string): Promise<UserRow> =>
  (await gql(ConsoleRemoveMembershipDocument, { input: { userName, ownerId } })).removeMembership;

export const setPassword = async (userName: string, password: string): Promise<UserRow> =>
  (await gql(ConsoleSetPasswordDocument, { input: { userName, password } })).setPassword;

export const endSessions = async (userName: string): Promise<UserRow> =>
  (await gql(ConsoleEndSessionsDocument, { userName })).endSessions;
