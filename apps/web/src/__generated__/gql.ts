/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Accounts {\n    users {\n      id\n      ...AccountsTable_user\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  fragment AccountsTable_user on User {\n    id\n    email\n    isPlatformAdmin\n    disabled\n    lastSignInAt\n    person {\n      id\n      name\n      sortName\n      honorific\n      title\n      affiliation {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": typeof types.AccountsTable_UserFragmentDoc,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      ...AccountsTable_user\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation ResendAccountInvitation($userId: ID!) {\n    resendAccountInvitation(userId: $userId) {\n      id\n      ...AccountsTable_user\n    }\n  }\n": typeof types.ResendAccountInvitationDocument,
    "\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n": typeof types.SetUserDisabledDocument,
    "\n  fragment Viewer_user on User {\n    id\n    email\n    isPlatformAdmin\n    person {\n      id\n      name\n      honorific\n    }\n    canConveneFor {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.Viewer_UserFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      id\n      ...Viewer_user\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation AcceptAccountInvitation($input: AcceptAccountInvitationInput!) {\n    acceptAccountInvitation(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": typeof types.AcceptAccountInvitationDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query AccountInvitation($token: String!) {\n    accountInvitation(token: $token) {\n      name\n      email\n      state\n      expiresAt\n    }\n  }\n": typeof types.AccountInvitationDocument,
    "\n  fragment EditMeetingButton_meeting on Meeting {\n    id\n    version\n    title\n    kind\n    track\n    venue\n    city\n    country\n    timeZone\n    startDate\n    endDate\n    viewerRoles\n    organizers {\n      id\n    }\n    host {\n      id\n    }\n  }\n": typeof types.EditMeetingButton_MeetingFragmentDoc,
    "\n  fragment MeetingDetails_meeting on Meeting {\n    id\n    kind\n    track\n    startDate\n    endDate\n    venue\n    city\n    country\n    timeZone\n    viewerRoles\n    organizers {\n      id\n      name\n      acronym\n    }\n    host {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.MeetingDetails_MeetingFragmentDoc,
    "\n  fragment MeetingList_meeting on Meeting {\n    id\n    title\n    kind\n    startDate\n    endDate\n    venue\n    city\n    country\n    status\n    viewerRoles\n    organizers {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.MeetingList_MeetingFragmentDoc,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      ...MeetingDetails_meeting\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  subscription MeetingUpdated($id: ID!) {\n    meetingUpdated(id: $id) {\n      id\n      title\n      kind\n      status\n      startDate\n      endDate\n      ...MeetingDetails_meeting\n      ...EditMeetingButton_meeting\n    }\n  }\n": typeof types.MeetingUpdatedDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n      ...MeetingDetails_meeting\n      ...EditMeetingButton_meeting\n      ...MeetingList_meeting\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      kind\n      status\n      startDate\n      endDate\n      ...MeetingDetails_meeting\n      ...EditMeetingButton_meeting\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  query Meetings {\n    meetings {\n      id\n      ...MeetingList_meeting\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  query Organizations {\n    organizations {\n      id\n      ...OrganizationsTable_organization\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  fragment OrganizationsTable_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    country\n    parent {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.OrganizationsTable_OrganizationFragmentDoc,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      acronym\n      ...OrganizationsTable_organization\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  query MeetingFormOrganizations {\n    organizations {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.MeetingFormOrganizationsDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      acronym\n      ...OrganizationsTable_organization\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
};
const documents: Documents = {
    "\n  query Accounts {\n    users {\n      id\n      ...AccountsTable_user\n    }\n  }\n": types.AccountsDocument,
    "\n  fragment AccountsTable_user on User {\n    id\n    email\n    isPlatformAdmin\n    disabled\n    lastSignInAt\n    person {\n      id\n      name\n      sortName\n      honorific\n      title\n      affiliation {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": types.AccountsTable_UserFragmentDoc,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      ...AccountsTable_user\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation ResendAccountInvitation($userId: ID!) {\n    resendAccountInvitation(userId: $userId) {\n      id\n      ...AccountsTable_user\n    }\n  }\n": types.ResendAccountInvitationDocument,
    "\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n": types.SetUserDisabledDocument,
    "\n  fragment Viewer_user on User {\n    id\n    email\n    isPlatformAdmin\n    person {\n      id\n      name\n      honorific\n    }\n    canConveneFor {\n      id\n      name\n      acronym\n    }\n  }\n": types.Viewer_UserFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      id\n      ...Viewer_user\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation AcceptAccountInvitation($input: AcceptAccountInvitationInput!) {\n    acceptAccountInvitation(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": types.AcceptAccountInvitationDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query AccountInvitation($token: String!) {\n    accountInvitation(token: $token) {\n      name\n      email\n      state\n      expiresAt\n    }\n  }\n": types.AccountInvitationDocument,
    "\n  fragment EditMeetingButton_meeting on Meeting {\n    id\n    version\n    title\n    kind\n    track\n    venue\n    city\n    country\n    timeZone\n    startDate\n    endDate\n    viewerRoles\n    organizers {\n      id\n    }\n    host {\n      id\n    }\n  }\n": types.EditMeetingButton_MeetingFragmentDoc,
    "\n  fragment MeetingDetails_meeting on Meeting {\n    id\n    kind\n    track\n    startDate\n    endDate\n    venue\n    city\n    country\n    timeZone\n    viewerRoles\n    organizers {\n      id\n      name\n      acronym\n    }\n    host {\n      id\n      name\n      acronym\n    }\n  }\n": types.MeetingDetails_MeetingFragmentDoc,
    "\n  fragment MeetingList_meeting on Meeting {\n    id\n    title\n    kind\n    startDate\n    endDate\n    venue\n    city\n    country\n    status\n    viewerRoles\n    organizers {\n      id\n      name\n      acronym\n    }\n  }\n": types.MeetingList_MeetingFragmentDoc,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      ...MeetingDetails_meeting\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  subscription MeetingUpdated($id: ID!) {\n    meetingUpdated(id: $id) {\n      id\n      title\n      kind\n      status\n      startDate\n      endDate\n      ...MeetingDetails_meeting\n      ...EditMeetingButton_meeting\n    }\n  }\n": types.MeetingUpdatedDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n      ...MeetingDetails_meeting\n      ...EditMeetingButton_meeting\n      ...MeetingList_meeting\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      kind\n      status\n      startDate\n      endDate\n      ...MeetingDetails_meeting\n      ...EditMeetingButton_meeting\n    }\n  }\n": types.MeetingDocument,
    "\n  query Meetings {\n    meetings {\n      id\n      ...MeetingList_meeting\n    }\n  }\n": types.MeetingsDocument,
    "\n  query Organizations {\n    organizations {\n      id\n      ...OrganizationsTable_organization\n    }\n  }\n": types.OrganizationsDocument,
    "\n  fragment OrganizationsTable_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    country\n    parent {\n      id\n      name\n      acronym\n    }\n  }\n": types.OrganizationsTable_OrganizationFragmentDoc,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      acronym\n      ...OrganizationsTable_organization\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  query MeetingFormOrganizations {\n    organizations {\n      id\n      name\n      acronym\n    }\n  }\n": types.MeetingFormOrganizationsDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      acronym\n      ...OrganizationsTable_organization\n    }\n  }\n": types.UpdateOrganizationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts {\n    users {\n      id\n      ...AccountsTable_user\n    }\n  }\n"): (typeof documents)["\n  query Accounts {\n    users {\n      id\n      ...AccountsTable_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountsTable_user on User {\n    id\n    email\n    isPlatformAdmin\n    disabled\n    lastSignInAt\n    person {\n      id\n      name\n      sortName\n      honorific\n      title\n      affiliation {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AccountsTable_user on User {\n    id\n    email\n    isPlatformAdmin\n    disabled\n    lastSignInAt\n    person {\n      id\n      name\n      sortName\n      honorific\n      title\n      affiliation {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      ...AccountsTable_user\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      ...AccountsTable_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendAccountInvitation($userId: ID!) {\n    resendAccountInvitation(userId: $userId) {\n      id\n      ...AccountsTable_user\n    }\n  }\n"): (typeof documents)["\n  mutation ResendAccountInvitation($userId: ID!) {\n    resendAccountInvitation(userId: $userId) {\n      id\n      ...AccountsTable_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Viewer_user on User {\n    id\n    email\n    isPlatformAdmin\n    person {\n      id\n      name\n      honorific\n    }\n    canConveneFor {\n      id\n      name\n      acronym\n    }\n  }\n"): (typeof documents)["\n  fragment Viewer_user on User {\n    id\n    email\n    isPlatformAdmin\n    person {\n      id\n      name\n      honorific\n    }\n    canConveneFor {\n      id\n      name\n      acronym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      ...Viewer_user\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      ...Viewer_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAccountInvitation($input: AcceptAccountInvitationInput!) {\n    acceptAccountInvitation(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAccountInvitation($input: AcceptAccountInvitationInput!) {\n    acceptAccountInvitation(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountInvitation($token: String!) {\n    accountInvitation(token: $token) {\n      name\n      email\n      state\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query AccountInvitation($token: String!) {\n    accountInvitation(token: $token) {\n      name\n      email\n      state\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditMeetingButton_meeting on Meeting {\n    id\n    version\n    title\n    kind\n    track\n    venue\n    city\n    country\n    timeZone\n    startDate\n    endDate\n    viewerRoles\n    organizers {\n      id\n    }\n    host {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment EditMeetingButton_meeting on Meeting {\n    id\n    version\n    title\n    kind\n    track\n    venue\n    city\n    country\n    timeZone\n    startDate\n    endDate\n    viewerRoles\n    organizers {\n      id\n    }\n    host {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingDetails_meeting on Meeting {\n    id\n    kind\n    track\n    startDate\n    endDate\n    venue\n    city\n    country\n    timeZone\n    viewerRoles\n    organizers {\n      id\n      name\n      acronym\n    }\n    host {\n      id\n      name\n      acronym\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingDetails_meeting on Meeting {\n    id\n    kind\n    track\n    startDate\n    endDate\n    venue\n    city\n    country\n    timeZone\n    viewerRoles\n    organizers {\n      id\n      name\n      acronym\n    }\n    host {\n      id\n      name\n      acronym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingList_meeting on Meeting {\n    id\n    title\n    kind\n    startDate\n    endDate\n    venue\n    city\n    country\n    status\n    viewerRoles\n    organizers {\n      id\n      name\n      acronym\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingList_meeting on Meeting {\n    id\n    title\n    kind\n    startDate\n    endDate\n    venue\n    city\n    country\n    status\n    viewerRoles\n    organizers {\n      id\n      name\n      acronym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      ...MeetingDetails_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      ...MeetingDetails_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingUpdated($id: ID!) {\n    meetingUpdated(id: $id) {\n      id\n      title\n      kind\n      status\n      startDate\n      endDate\n      ...MeetingDetails_meeting\n      ...EditMeetingButton_meeting\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingUpdated($id: ID!) {\n    meetingUpdated(id: $id) {\n      id\n      title\n      kind\n      status\n      startDate\n      endDate\n      ...MeetingDetails_meeting\n      ...EditMeetingButton_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n      ...MeetingDetails_meeting\n      ...EditMeetingButton_meeting\n      ...MeetingList_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n      ...MeetingDetails_meeting\n      ...EditMeetingButton_meeting\n      ...MeetingList_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      kind\n      status\n      startDate\n      endDate\n      ...MeetingDetails_meeting\n      ...EditMeetingButton_meeting\n    }\n  }\n"): (typeof documents)["\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      kind\n      status\n      startDate\n      endDate\n      ...MeetingDetails_meeting\n      ...EditMeetingButton_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings {\n    meetings {\n      id\n      ...MeetingList_meeting\n    }\n  }\n"): (typeof documents)["\n  query Meetings {\n    meetings {\n      id\n      ...MeetingList_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations {\n    organizations {\n      id\n      ...OrganizationsTable_organization\n    }\n  }\n"): (typeof documents)["\n  query Organizations {\n    organizations {\n      id\n      ...OrganizationsTable_organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationsTable_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    country\n    parent {\n      id\n      name\n      acronym\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationsTable_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    country\n    parent {\n      id\n      name\n      acronym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      acronym\n      ...OrganizationsTable_organization\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      acronym\n      ...OrganizationsTable_organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingFormOrganizations {\n    organizations {\n      id\n      name\n      acronym\n    }\n  }\n"): (typeof documents)["\n  query MeetingFormOrganizations {\n    organizations {\n      id\n      name\n      acronym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      acronym\n      ...OrganizationsTable_organization\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      acronym\n      ...OrganizationsTable_organization\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;