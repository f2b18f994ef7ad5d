// The calls of "My account" and the Users page: one's sessions, password, tokens and passkeys; admins' view of
// every account (memberships, role, disabling, password reset, sessions, tokens).
import {
  ConsoleAddMembershipDocument,
  ConsoleChangePasswordDocument,
  ConsoleEndSessionDocument,
  ConsoleEndSessionsDocument,
  ConsoleIssueTokenDocument,
  ConsoleMyAccountDocument,
  ConsoleDisableUserDocument,
  ConsoleEnableUserDocument,
  ConsoleRemoveMembershipDocument,
  ConsoleRemovePasskeyDocument,
  ConsoleSetRoleDocument,
  ConsoleRevokeTokenDocument,
  ConsoleSetPasswordDocument,
  ConsoleUsersDocument,
  type ConsoleIssueTokenMutationVariables,
  type ConsoleMyAccountQuery,
  type ConsoleTokenRowFragment,
  type ConsoleUserRowFragment,
  type ConsoleUsersQuery,
  type Role,
} from './__generated__/operations';
import { gql } from './api';

export type MyAccount = NonNullable<ConsoleMyAccountQuery['me']>;
export type SessionRow = MyAccount['sessions'][number];
export type PasskeyRow = MyAccount['passkeys'][number];
export type TokenRow = ConsoleTokenRowFragment;
export type UserRow = ConsoleUserRowFragment;
export type OwnerChoice = ConsoleUsersQuery['owners'][number];

/** Null when anonymous. */
export const fetchMyAccount = async (): Promise<MyAccount | null> => (await gql(ConsoleMyAccountDocument, {})).me;

export const endSession = (id: string) => gql(ConsoleEndSessionDocument, { id });

/** Without `currentPassword` only in a session the first-start link opened (`me.setsPasswordByLink`). */
export const changePassword = (currentPassword: string | null, newPassword: string) =>
  gql(ConsoleChangePasswordDocument, { input: { currentPassword, newPassword } });

export const removePasskey = (id: string) => gql(ConsoleRemovePasskeyDocument, { id });

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

export const setRole = async (userName: string, role: Role): Promise<UserRow> =>
  (await gql(ConsoleSetRoleDocument, { input: { userName, role } })).setRole;

export const disableUser = async (userName: string): Promise<UserRow> =>
  (await gql(ConsoleDisableUserDocument, { userName })).disableUser;

export const enableUser = async (userName: string): Promise<UserRow> =>
  (await gql(ConsoleEnableUserDocument, { userName })).enableUser;
