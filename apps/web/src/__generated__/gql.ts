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
    "\n  fragment AgendaPanel_meeting on Meeting {\n    id\n    status\n    timeZone\n    startDate\n    endDate\n    viewerCanManage\n    # A day's selection is spelled out rather than a fragment of its own: each fragment level counts\n    # twice against the API's query depth limit. Mutations returning a day select the same.\n    agendaDays {\n      id\n      date\n      items {\n        id\n        ...AgendaItem_item\n      }\n    }\n    agendaWarnings {\n      kind\n      message\n      itemIds\n      personId\n    }\n    agendaChanges {\n      id\n      at\n      summary\n      by {\n        id\n        name\n        honorific\n      }\n    }\n    participants {\n      id\n      state\n      person {\n        id\n        name\n        honorific\n        sortName\n      }\n    }\n  }\n": typeof types.AgendaPanel_MeetingFragmentDoc,
    "\n  fragment AgendaItem_item on AgendaItem {\n    id\n    kind\n    title\n    startTime\n    endTime\n    startsAt\n    endsAt\n    subItems {\n      id\n      text\n    }\n    chair {\n      id\n      name\n      honorific\n    }\n    speakers {\n      role\n      person {\n        id\n        name\n        honorific\n      }\n    }\n    papers {\n      id\n      filename\n      url\n    }\n  }\n": typeof types.AgendaItem_ItemFragmentDoc,
    "\n  mutation AddAgendaDay($input: AddAgendaDayInput!) {\n    addAgendaDay(input: $input) {\n      id\n      date\n      items {\n        id\n        ...AgendaItem_item\n      }\n    }\n  }\n": typeof types.AddAgendaDayDocument,
    "\n  mutation AddAgendaItem($dayId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(dayId: $dayId, input: $input) {\n      id\n      ...AgendaItem_item\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation DuplicateAgendaDay($id: ID!, $date: LocalDate!) {\n    duplicateAgendaDay(id: $id, date: $date) {\n      id\n      date\n      items {\n        id\n        ...AgendaItem_item\n      }\n    }\n  }\n": typeof types.DuplicateAgendaDayDocument,
    "\n  mutation MoveAgendaItem($id: ID!, $input: MoveAgendaItemInput!) {\n    moveAgendaItem(id: $id, input: $input) {\n      id\n      items {\n        id\n        startsAt\n        endsAt\n        startTime\n        endTime\n      }\n    }\n  }\n": typeof types.MoveAgendaItemDocument,
    "\n  mutation RemoveAgendaDay($id: ID!) {\n    removeAgendaDay(id: $id)\n  }\n": typeof types.RemoveAgendaDayDocument,
    "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id)\n  }\n": typeof types.RemoveAgendaItemDocument,
    "\n  mutation UpdateAgendaItem($id: ID!, $input: AgendaItemInput!) {\n    updateAgendaItem(id: $id, input: $input) {\n      id\n      ...AgendaItem_item\n    }\n  }\n": typeof types.UpdateAgendaItemDocument,
    "\n  fragment Viewer_user on User {\n    id\n    email\n    isPlatformAdmin\n    person {\n      id\n      name\n      honorific\n    }\n    canConveneFor {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.Viewer_UserFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      id\n      ...Viewer_user\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation AcceptAccountInvitation($input: AcceptAccountInvitationInput!) {\n    acceptAccountInvitation(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": typeof types.AcceptAccountInvitationDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query AccountInvitation($token: String!) {\n    accountInvitation(token: $token) {\n      name\n      email\n      state\n      expiresAt\n    }\n  }\n": typeof types.AccountInvitationDocument,
    "\n  query CommentTable($id: ID!) {\n    document(id: $id) {\n      id\n      status\n      viewerCanEdit\n      version {\n        id\n        number\n        isWorking\n        paragraphs {\n          id\n          paragraphId\n          number\n          kind\n          text\n        }\n      }\n      rounds {\n        id\n        number\n        status\n        attribution\n        opensAt\n        closesAt\n        closedAt\n        versionNumber\n        undisposedCount\n        recipients {\n          id\n          response\n          responseNote\n          respondedAt\n          organization {\n            id\n            name\n            acronym\n          }\n          person {\n            id\n            name\n            honorific\n          }\n        }\n        comments {\n          id\n          kind\n          quote\n          body\n          disposition\n          reply\n          disposedAt\n          attributed\n          personalCapacity\n          paragraphId\n          answeredByParagraphId\n          paragraphThen {\n            number\n            text\n          }\n          author {\n            id\n            name\n            honorific\n          }\n          speaksFor {\n            id\n            name\n            acronym\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommentTableDocument,
    "\n  mutation DisposeComments($input: DisposeCommentsInput!) {\n    disposeComments(input: $input) {\n      id\n      disposition\n      reply\n      disposedAt\n      answeredByParagraphId\n    }\n  }\n": typeof types.DisposeCommentsDocument,
    "\n  fragment DocumentActions_document on Document {\n    id\n    title\n    status\n    viewerCanEdit\n    viewerCanDecide\n    viewerCanPublish\n    submittedTo {\n      id\n      name\n    }\n    studyGroup {\n      id\n      reportsTo {\n        id\n        name\n      }\n      committees {\n        role\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n    }\n    openRound {\n      id\n      number\n      status\n      closesAt\n    }\n    rounds {\n      id\n      number\n      status\n      undisposedCount\n    }\n  }\n": typeof types.DocumentActions_DocumentFragmentDoc,
    "\n  query DocumentActions($id: ID!) {\n    document(id: $id) {\n      id\n      ...DocumentActions_document\n    }\n  }\n": typeof types.DocumentActionsDocument,
    "\n  mutation CirculateDocument($input: CirculateDocumentInput!) {\n    circulateDocument(input: $input) {\n      id\n      ...DocumentActions_document\n    }\n  }\n": typeof types.CirculateDocumentDocument,
    "\n  mutation CloseCommentRound($id: ID!) {\n    closeCommentRound(id: $id) {\n      id\n      status\n      closedAt\n      closedAtDeadline\n      acceptingComments\n    }\n  }\n": typeof types.CloseCommentRoundDocument,
    "\n  mutation FinaliseDocument($id: ID!) {\n    finaliseDocument(id: $id) {\n      id\n      ...DocumentActions_document\n    }\n  }\n": typeof types.FinaliseDocumentDocument,
    "\n  mutation SubmitDocument($id: ID!) {\n    submitDocument(id: $id) {\n      id\n      submittedAt\n      ...DocumentActions_document\n    }\n  }\n": typeof types.SubmitDocumentDocument,
    "\n  mutation DecideDocument($input: DecideDocumentInput!) {\n    decideDocument(input: $input) {\n      id\n      ...DocumentActions_document\n    }\n  }\n": typeof types.DecideDocumentDocument,
    "\n  mutation PublishDocument($input: PublishDocumentInput!) {\n    publishDocument(input: $input) {\n      id\n      publishedAt\n      ...DocumentActions_document\n    }\n  }\n": typeof types.PublishDocumentDocument,
    "\n  query DocumentDrafters($id: ID!) {\n    document(id: $id) {\n      id\n      viewerCanNameDrafters\n      drafters {\n        id\n        name\n        honorific\n      }\n    }\n  }\n": typeof types.DocumentDraftersDocument,
    "\n  query DrafterChoices($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      participants {\n        id\n        person {\n          id\n          name\n          honorific\n        }\n      }\n    }\n  }\n": typeof types.DrafterChoicesDocument,
    "\n  mutation SetDocumentDrafters($input: SetDocumentDraftersInput!) {\n    setDocumentDrafters(input: $input) {\n      id\n      drafters {\n        id\n        name\n        honorific\n      }\n    }\n  }\n": typeof types.SetDocumentDraftersDocument,
    "\n  query DocumentHistory($id: ID!) {\n    document(id: $id) {\n      id\n      history {\n        id\n        action\n        at\n        fromState\n        toState\n        actor {\n          id\n          name\n          honorific\n        }\n      }\n    }\n  }\n": typeof types.DocumentHistoryDocument,
    "\n  fragment DocumentsSection_document on Document {\n    id\n    title\n    kind\n    status\n  }\n": typeof types.DocumentsSection_DocumentFragmentDoc,
    "\n  query VersionCompareVersions($id: ID!) {\n    document(id: $id) {\n      id\n      versions {\n        id\n        number\n        isWorking\n        isFinal\n        round {\n          id\n          number\n        }\n      }\n    }\n  }\n": typeof types.VersionCompareVersionsDocument,
    "\n  query DocumentComparison($documentId: ID!, $from: Int!, $to: Int!) {\n    documentComparison(documentId: $documentId, from: $from, to: $to) {\n      from\n      to\n      paragraphs {\n        paragraphId\n        number\n        kind\n        change\n        segments {\n          kind\n          text\n        }\n      }\n    }\n  }\n": typeof types.DocumentComparisonDocument,
    "\n  fragment DocumentComment_comment on Comment {\n    id\n    kind\n    body\n    quote\n    attributed\n    author {\n      id\n      name\n    }\n    speaksFor {\n      id\n      name\n      acronym\n    }\n    personalCapacity\n    roundNumber\n    changedSince\n    disposition\n    reply\n    viewerIsAuthor\n    createdAt\n  }\n": typeof types.DocumentComment_CommentFragmentDoc,
    "\n  fragment DocumentParagraph_paragraph on Paragraph {\n    id\n    paragraphId\n    kind\n    number\n    recommendationNumber\n    html\n    text\n    revision\n    updatedAt\n    updatedBy {\n      id\n      name\n    }\n    addressees {\n      kind\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n    issueAreas\n    comments {\n      id\n      ...DocumentComment_comment\n    }\n  }\n": typeof types.DocumentParagraph_ParagraphFragmentDoc,
    "\n  fragment DocumentVersionText_version on DocumentVersion {\n    id\n    number\n    isWorking\n    isFinal\n    frozenAt\n    round {\n      id\n      number\n    }\n    paragraphs {\n      id\n      ...DocumentParagraph_paragraph\n    }\n    removedParagraphs {\n      paragraphId\n      number\n      text\n      comments {\n        id\n        ...DocumentComment_comment\n      }\n    }\n  }\n": typeof types.DocumentVersionText_VersionFragmentDoc,
    "\n  fragment DocumentOpenRound_round on CommentRound {\n    id\n    number\n    versionNumber\n    status\n    opensAt\n    closesAt\n    acceptingComments\n    attribution\n    instructions\n    viewerRecipients {\n      id\n      response\n      responseNote\n      respondedAt\n      organization {\n        id\n        name\n        acronym\n      }\n      person {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DocumentOpenRound_RoundFragmentDoc,
    "\n  fragment DocumentPage_document on Document {\n    id\n    title\n    kind\n    status\n    viewerCanEdit\n    viewerCanSeeDraft\n    viewerCommittees {\n      id\n      name\n      acronym\n    }\n    studyGroup {\n      id\n      title\n    }\n    meeting {\n      id\n      title\n    }\n    versions {\n      id\n      number\n      isWorking\n      isFinal\n      frozenAt\n    }\n    rounds {\n      id\n      number\n    }\n    openRound {\n      id\n      ...DocumentOpenRound_round\n    }\n  }\n": typeof types.DocumentPage_DocumentFragmentDoc,
    "\n  query DocumentPage($id: ID!) {\n    document(id: $id) {\n      id\n      ...DocumentPage_document\n    }\n  }\n": typeof types.DocumentPageDocument,
    "\n  query DocumentVersionText($id: ID!, $number: Int) {\n    document(id: $id) {\n      id\n      version(number: $number) {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n": typeof types.DocumentVersionTextDocument,
    "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      id\n      ...DocumentComment_comment\n    }\n  }\n": typeof types.PostCommentDocument,
    "\n  mutation EditComment($id: ID!, $input: EditCommentInput!) {\n    editComment(id: $id, input: $input) {\n      id\n      ...DocumentComment_comment\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation WithdrawComment($id: ID!) {\n    withdrawComment(id: $id)\n  }\n": typeof types.WithdrawCommentDocument,
    "\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      id\n      title\n      kind\n      status\n    }\n  }\n": typeof types.CreateDocumentDocument,
    "\n  subscription DocumentEvents($id: ID!) {\n    documentEvents(id: $id) {\n      documentId\n      kind\n      presence {\n        paragraphId\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DocumentEventsDocument,
    "\n  mutation AddParagraph($input: AddParagraphInput!) {\n    addParagraph(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n": typeof types.AddParagraphDocument,
    "\n  mutation SaveParagraph($input: SaveParagraphInput!) {\n    saveParagraph(input: $input) {\n      id\n      ...DocumentParagraph_paragraph\n    }\n  }\n": typeof types.SaveParagraphDocument,
    "\n  mutation SplitParagraph($input: SplitParagraphInput!) {\n    splitParagraph(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n": typeof types.SplitParagraphDocument,
    "\n  mutation MergeParagraphs($input: MergeParagraphsInput!) {\n    mergeParagraphs(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n": typeof types.MergeParagraphsDocument,
    "\n  mutation MoveParagraph($input: MoveParagraphInput!) {\n    moveParagraph(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n": typeof types.MoveParagraphDocument,
    "\n  mutation DeleteParagraph($input: DeleteParagraphInput!) {\n    deleteParagraph(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n": typeof types.DeleteParagraphDocument,
    "\n  mutation SetDocumentPresence($documentId: ID!, $paragraphId: ID) {\n    setDocumentPresence(documentId: $documentId, paragraphId: $paragraphId)\n  }\n": typeof types.SetDocumentPresenceDocument,
    "\n  mutation RespondToRound($input: RespondToRoundInput!) {\n    respondToRound(input: $input) {\n      id\n      response\n      responseNote\n      respondedAt\n    }\n  }\n": typeof types.RespondToRoundDocument,
    "\n  fragment CalendarSubscription_meeting on Meeting {\n    id\n    calendarFeedUrl\n  }\n": typeof types.CalendarSubscription_MeetingFragmentDoc,
    "\n  fragment EditMeetingButton_meeting on Meeting {\n    id\n    version\n    title\n    kind\n    track\n    venue\n    city\n    country\n    timeZone\n    startDate\n    endDate\n    background\n    objectives\n    participantCategories\n    confidentiality\n    sequenceNumber\n    viewerCanManage\n    organizers {\n      id\n    }\n    host {\n      id\n    }\n  }\n": typeof types.EditMeetingButton_MeetingFragmentDoc,
    "\n  fragment MeetingDetails_meeting on Meeting {\n    id\n    kind\n    track\n    startDate\n    endDate\n    venue\n    city\n    country\n    timeZone\n    confidentiality\n    sequenceNumber\n    viewerRoles\n    organizers {\n      id\n      name\n      acronym\n    }\n    host {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.MeetingDetails_MeetingFragmentDoc,
    "\n  fragment MeetingList_meeting on Meeting {\n    id\n    title\n    kind\n    startDate\n    endDate\n    venue\n    city\n    country\n    status\n    viewerRoles\n    organizers {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.MeetingList_MeetingFragmentDoc,
    "\n  fragment MeetingOverview_meeting on Meeting {\n    id\n    background\n    objectives\n    participantCategories\n  }\n": typeof types.MeetingOverview_MeetingFragmentDoc,
    "\n  fragment MeetingStatusActions_meeting on Meeting {\n    id\n    status\n    nextStatuses\n    viewerCanManage\n    report {\n      id\n    }\n    agendaWarnings {\n      message\n    }\n  }\n": typeof types.MeetingStatusActions_MeetingFragmentDoc,
    "\n  mutation ChangeMeetingStatus($id: ID!, $input: ChangeMeetingStatusInput!) {\n    changeMeetingStatus(id: $id, input: $input) {\n      id\n      status\n      nextStatuses\n      version\n    }\n  }\n": typeof types.ChangeMeetingStatusDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      ...MeetingDetails_meeting\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  subscription MeetingUpdated($id: ID!) {\n    meetingUpdated(id: $id) {\n      id\n      title\n      kind\n      status\n      startDate\n      endDate\n      viewerRoles\n      viewerCanManage\n      confidentiality\n      seriesLabel\n      studyGroup {\n        id\n        title\n      }\n      viewerCanWriteReport\n      report {\n        id\n      }\n      documents {\n        ...DocumentsSection_document\n      }\n      participants {\n        id\n        state\n        person {\n          id\n        }\n      }\n      ...MeetingDetails_meeting\n      ...MeetingOverview_meeting\n      ...CalendarSubscription_meeting\n      ...EditMeetingButton_meeting\n      ...MeetingStatusActions_meeting\n      ...AgendaPanel_meeting\n      ...ParticipantsPanel_meeting\n    }\n  }\n": typeof types.MeetingUpdatedDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n      ...MeetingDetails_meeting\n      ...MeetingOverview_meeting\n      ...EditMeetingButton_meeting\n      ...MeetingList_meeting\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      kind\n      status\n      startDate\n      endDate\n      viewerRoles\n      viewerCanManage\n      confidentiality\n      seriesLabel\n      studyGroup {\n        id\n        title\n      }\n      viewerCanWriteReport\n      report {\n        id\n      }\n      documents {\n        ...DocumentsSection_document\n      }\n      participants {\n        id\n        state\n        person {\n          id\n        }\n      }\n      ...MeetingDetails_meeting\n      ...MeetingOverview_meeting\n      ...CalendarSubscription_meeting\n      ...EditMeetingButton_meeting\n      ...MeetingStatusActions_meeting\n      ...AgendaPanel_meeting\n      ...ParticipantsPanel_meeting\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  query Meetings {\n    meetings {\n      id\n      ...MeetingList_meeting\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  fragment NotificationList_notification on Notification {\n    id\n    title\n    body\n    path\n    createdAt\n    readAt\n  }\n": typeof types.NotificationList_NotificationFragmentDoc,
    "\n  query Notifications($limit: Int!) {\n    notifications(limit: $limit) {\n      id\n      ...NotificationList_notification\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      label\n      delivery\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      label\n      delivery\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  subscription NotificationEvents {\n    notificationEvents {\n      unreadCount\n    }\n  }\n": typeof types.NotificationEventsDocument,
    "\n  query Organizations {\n    organizations {\n      id\n      ...OrganizationsTable_organization\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  fragment OrganizationsTable_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    country\n    parent {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.OrganizationsTable_OrganizationFragmentDoc,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      acronym\n      ...OrganizationsTable_organization\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  query MeetingFormOrganizations {\n    organizations {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.MeetingFormOrganizationsDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      acronym\n      ...OrganizationsTable_organization\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query MeetingOutbox($id: ID!) {\n    meeting(id: $id) {\n      id\n      outbox {\n        id\n        kind\n        to\n        toName\n        subject\n        body\n        createdAt\n        sentAt\n      }\n    }\n  }\n": typeof types.MeetingOutboxDocument,
    "\n  fragment ImportParticipantsDialog_row on ParticipantImportRow {\n    rowNumber\n    name\n    email\n    role\n    errors\n  }\n": typeof types.ImportParticipantsDialog_RowFragmentDoc,
    "\n  fragment ParticipantsPanel_meeting on Meeting {\n    id\n    status\n    viewerRoles\n    viewerCanManage\n    participantCategories\n    participants {\n      id\n      ...ParticipantRow_participation\n    }\n  }\n": typeof types.ParticipantsPanel_MeetingFragmentDoc,
    "\n  fragment RsvpRoute_invitation on InvitationPreview {\n    personName\n    meetingTitle\n    startDate\n    endDate\n    venue\n    city\n    timeZone\n    role\n    state\n    open\n    hasAccount\n  }\n": typeof types.RsvpRoute_InvitationFragmentDoc,
    "\n  query MeetingInvitation($token: String!) {\n    meetingInvitation(token: $token) {\n      ...RsvpRoute_invitation\n    }\n  }\n": typeof types.MeetingInvitationDocument,
    "\n  fragment ParticipantRow_participation on Participation {\n    id\n    role\n    state\n    category\n    travelSupport\n    email\n    respondedAt\n    person {\n      id\n      name\n      sortName\n      honorific\n      title\n      affiliation {\n        id\n        name\n        acronym\n        country\n      }\n    }\n    representing {\n      id\n      name\n      acronym\n      country\n    }\n  }\n": typeof types.ParticipantRow_ParticipationFragmentDoc,
    "\n  mutation ImportParticipants($meetingId: ID!, $csv: String!) {\n    importParticipants(meetingId: $meetingId, csv: $csv) {\n      id\n      ...ParticipantRow_participation\n    }\n  }\n": typeof types.ImportParticipantsDocument,
    "\n  mutation InviteParticipant($meetingId: ID!, $input: InviteParticipantInput!) {\n    inviteParticipant(meetingId: $meetingId, input: $input) {\n      id\n      ...ParticipantRow_participation\n    }\n  }\n": typeof types.InviteParticipantDocument,
    "\n  mutation MarkAttendance($id: ID!, $attended: Boolean!) {\n    markAttendance(id: $id, attended: $attended) {\n      id\n      state\n    }\n  }\n": typeof types.MarkAttendanceDocument,
    "\n  query PeopleSearch($search: String) {\n    people(search: $search) {\n      id\n      name\n      sortName\n      honorific\n      title\n      affiliation {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": typeof types.PeopleSearchDocument,
    "\n  mutation PreviewParticipantImport($meetingId: ID!, $csv: String!) {\n    previewParticipantImport(meetingId: $meetingId, csv: $csv) {\n      ...ImportParticipantsDialog_row\n    }\n  }\n": typeof types.PreviewParticipantImportDocument,
    "\n  mutation RemoveParticipation($id: ID!) {\n    removeParticipation(id: $id)\n  }\n": typeof types.RemoveParticipationDocument,
    "\n  mutation ReplyToInvitation($meetingId: ID!, $response: InvitationState!) {\n    replyToInvitation(meetingId: $meetingId, response: $response) {\n      id\n      state\n      respondedAt\n    }\n  }\n": typeof types.ReplyToInvitationDocument,
    "\n  mutation RespondToInvitation($input: RespondToInvitationInput!) {\n    respondToInvitation(input: $input) {\n      ...RsvpRoute_invitation\n    }\n  }\n": typeof types.RespondToInvitationDocument,
    "\n  mutation UpdateParticipation($id: ID!, $input: UpdateParticipationInput!) {\n    updateParticipation(id: $id, input: $input) {\n      id\n      ...ParticipantRow_participation\n    }\n  }\n": typeof types.UpdateParticipationDocument,
    "\n  fragment RecommendationHistory_recommendation on Recommendation {\n    id\n    history {\n      id\n      fromStatus\n      toStatus\n      occurredOn\n      note\n      evidenceUrl\n      evidenceFile {\n        id\n        filename\n        url\n      }\n      recordedAt\n      recordedBy {\n        id\n        name\n        honorific\n      }\n    }\n  }\n": typeof types.RecommendationHistory_RecommendationFragmentDoc,
    "\n  fragment RecordStepForm_recommendation on Recommendation {\n    id\n    status\n    adoptedOn\n    nextFollowUpOn\n    allowedNextStatuses\n    history {\n      id\n      occurredOn\n    }\n  }\n": typeof types.RecordStepForm_RecommendationFragmentDoc,
    "\n  fragment FollowUpControl_recommendation on Recommendation {\n    id\n    status\n    adoptedOn\n    nextFollowUpOn\n    overdue\n  }\n": typeof types.FollowUpControl_RecommendationFragmentDoc,
    "\n  fragment RecommendationPage_recommendation on Recommendation {\n    id\n    number\n    sourceTitle\n    sourceUrl\n    text\n    status\n    issueAreas\n    adoptedOn\n    nextFollowUpOn\n    overdue\n    paragraphId\n    viewerCanTrack\n    addressees {\n      kind\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n    responsible {\n      id\n      name\n      acronym\n    }\n    document {\n      id\n      title\n    }\n    studyGroup {\n      id\n      title\n    }\n    meeting {\n      id\n      title\n    }\n    ...RecommendationHistory_recommendation\n    ...RecordStepForm_recommendation\n    ...FollowUpControl_recommendation\n  }\n": typeof types.RecommendationPage_RecommendationFragmentDoc,
    "\n  query RecommendationPage($id: ID!) {\n    recommendation(id: $id) {\n      id\n      ...RecommendationPage_recommendation\n    }\n  }\n": typeof types.RecommendationPageDocument,
    "\n  fragment RegistryList_recommendation on Recommendation {\n    id\n    number\n    sourceTitle\n    text\n    status\n    issueAreas\n    nextFollowUpOn\n    overdue\n    addressees {\n      kind\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": typeof types.RegistryList_RecommendationFragmentDoc,
    "\n  fragment RegistryCounts_registry on RecommendationRegistry {\n    totalCount\n    overdueCount\n    statusCounts {\n      status\n      count\n    }\n  }\n": typeof types.RegistryCounts_RegistryFragmentDoc,
    "\n  fragment RegistryCharts_registry on RecommendationRegistry {\n    byIssueArea {\n      issueArea\n      total\n      counts {\n        status\n        count\n      }\n    }\n    progress {\n      year\n      asOf\n      counts {\n        status\n        count\n      }\n    }\n  }\n": typeof types.RegistryCharts_RegistryFragmentDoc,
    "\n  query RecommendationRegistry($filter: RecommendationFilterInput, $limit: Int!, $offset: Int!) {\n    recommendationRegistry(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      ...RegistryCounts_registry\n      ...RegistryCharts_registry\n      recommendations {\n        id\n        ...RegistryList_recommendation\n      }\n    }\n  }\n": typeof types.RecommendationRegistryDocument,
    "\n  query RegistryFilterOptions {\n    studyGroups {\n      id\n      title\n    }\n    meetings {\n      id\n      title\n      startDate\n    }\n    recommendationSources {\n      documentId\n      title\n    }\n  }\n": typeof types.RegistryFilterOptionsDocument,
    "\n  mutation AddRecommendation($input: AddRecommendationInput!) {\n    addRecommendation(input: $input) {\n      id\n      ...RecommendationPage_recommendation\n    }\n  }\n": typeof types.AddRecommendationDocument,
    "\n  mutation ChangeRecommendationStatus($input: ChangeRecommendationStatusInput!) {\n    changeRecommendationStatus(input: $input) {\n      id\n      ...RecommendationPage_recommendation\n    }\n  }\n": typeof types.ChangeRecommendationStatusDocument,
    "\n  mutation SetRecommendationFollowUp($id: ID!, $nextFollowUpOn: LocalDate) {\n    setRecommendationFollowUp(id: $id, nextFollowUpOn: $nextFollowUpOn) {\n      id\n      nextFollowUpOn\n      overdue\n    }\n  }\n": typeof types.SetRecommendationFollowUpDocument,
    "\n  fragment ActionItem_item on ActionItem {\n    id\n    title\n    dueDate\n    status\n    nextStatuses\n    ownerPerson {\n      id\n      name\n    }\n    ownerOrganization {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.ActionItem_ItemFragmentDoc,
    "\n  fragment ReportPanel_report on MeetingReport {\n    id\n    status\n    nextStatuses\n    revision\n    publishedAt\n    viewerCanEdit\n    attributionAllowed\n    current {\n      number\n      summary\n      createdAt\n      author {\n        id\n        name\n      }\n      sections {\n        agendaItemId\n        heading\n        text\n      }\n    }\n    participation {\n      experts\n      memberCommittees\n      otherOrganizations\n      attendanceMarked\n      sentence\n    }\n    attributionWarnings {\n      location\n      personName\n      excerpt\n    }\n    revisions {\n      number\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n    actionItems {\n      id\n      ...ActionItem_item\n    }\n  }\n": typeof types.ReportPanel_ReportFragmentDoc,
    "\n  query MeetingReportPanel($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      status\n      viewerCanWriteReport\n      report {\n        id\n        ...ReportPanel_report\n      }\n    }\n  }\n": typeof types.MeetingReportPanelDocument,
    "\n  query ActionItemOwners($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      participants {\n        id\n        person {\n          id\n          name\n        }\n        representing {\n          id\n          name\n          acronym\n        }\n      }\n      studyGroup {\n        id\n        committees {\n          organization {\n            id\n            name\n            acronym\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActionItemOwnersDocument,
    "\n  query ReportComparison($reportId: ID!, $from: Int!, $to: Int!) {\n    reportComparison(reportId: $reportId, from: $from, to: $to) {\n      from\n      to\n      summary {\n        kind\n        text\n      }\n      sections {\n        heading\n        segments {\n          kind\n          text\n        }\n      }\n    }\n  }\n": typeof types.ReportComparisonDocument,
    "\n  mutation AddActionItem($reportId: ID!, $input: ActionItemInput!) {\n    addActionItem(reportId: $reportId, input: $input) {\n      id\n      ...ActionItem_item\n    }\n  }\n": typeof types.AddActionItemDocument,
    "\n  mutation UpdateActionItem($id: ID!, $input: ActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      id\n      ...ActionItem_item\n    }\n  }\n": typeof types.UpdateActionItemDocument,
    "\n  mutation RemoveActionItem($id: ID!) {\n    removeActionItem(id: $id) {\n      id\n      actionItems {\n        id\n        ...ActionItem_item\n      }\n    }\n  }\n": typeof types.RemoveActionItemDocument,
    "\n  mutation ChangeActionItemStatus($id: ID!, $input: ChangeActionItemStatusInput!) {\n    changeActionItemStatus(id: $id, input: $input) {\n      id\n      ...ActionItem_item\n    }\n  }\n": typeof types.ChangeActionItemStatusDocument,
    "\n  mutation ChangeMeetingReportStatus($id: ID!, $input: ChangeMeetingReportStatusInput!) {\n    changeMeetingReportStatus(id: $id, input: $input) {\n      id\n      ...ReportPanel_report\n      meeting {\n        id\n        status\n        nextStatuses\n      }\n    }\n  }\n": typeof types.ChangeMeetingReportStatusDocument,
    "\n  mutation SaveMeetingReport($input: SaveMeetingReportInput!) {\n    saveMeetingReport(input: $input) {\n      id\n      revision\n      ...ReportPanel_report\n    }\n  }\n": typeof types.SaveMeetingReportDocument,
    "\n  mutation StartMeetingReport($meetingId: ID!) {\n    startMeetingReport(meetingId: $meetingId) {\n      id\n      ...ReportPanel_report\n      meeting {\n        id\n        report {\n          id\n        }\n      }\n    }\n  }\n": typeof types.StartMeetingReportDocument,
    "\n  query ReportPage($id: ID!) {\n    meetingReport(id: $id) {\n      id\n      status\n      publishedAt\n      reportedMeeting {\n        id\n        title\n        venue\n        city\n        country\n        startDate\n        endDate\n        confidentiality\n      }\n      meeting {\n        id\n      }\n      studyGroup {\n        id\n        title\n      }\n      current {\n        number\n        summary\n        sections {\n          agendaItemId\n          heading\n          text\n        }\n      }\n      participation {\n        sentence\n        attendanceMarked\n      }\n      actionItems {\n        id\n        ...ActionItem_item\n      }\n    }\n  }\n": typeof types.ReportPageDocument,
    "\n  fragment SearchResults_hit on SearchHit {\n    id\n    kind\n    title\n    context\n    snippet\n    path\n  }\n": typeof types.SearchResults_HitFragmentDoc,
    "\n  query Search($query: String!, $limit: Int!) {\n    search(query: $query, limit: $limit) {\n      id\n      ...SearchResults_hit\n    }\n  }\n": typeof types.SearchDocument,
    "\n  fragment StudyGroupCommittees_studyGroup on StudyGroup {\n    id\n    viewerCanManage\n    viewerNamesMembersFor {\n      id\n      name\n      acronym\n    }\n    committees {\n      role\n      organization {\n        id\n        name\n        acronym\n      }\n      focalPoints {\n        id\n        name\n        honorific\n        sortName\n      }\n    }\n    members {\n      id\n      role\n      person {\n        id\n        name\n        honorific\n        sortName\n      }\n      representing {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": typeof types.StudyGroupCommittees_StudyGroupFragmentDoc,
    "\n  fragment StudyGroupList_studyGroup on StudyGroup {\n    id\n    title\n    status\n    startDate\n    endDate\n    viewerRoles\n    council {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.StudyGroupList_StudyGroupFragmentDoc,
    "\n  fragment StudyGroupMeetings_studyGroup on StudyGroup {\n    id\n    title\n    status\n    startDate\n    endDate\n    viewerCanManage\n    committees {\n      role\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n    meetingPlans {\n      id\n      sequence\n      label\n      expectedMonth\n      city\n      country\n      scheduled\n      host {\n        id\n        name\n        acronym\n      }\n      schedule {\n        title\n        venue\n        startDate\n        endDate\n        status\n      }\n      meeting {\n        id\n      }\n      report {\n        id\n        status\n      }\n    }\n  }\n": typeof types.StudyGroupMeetings_StudyGroupFragmentDoc,
    "\n  fragment StudyGroupOutputs_studyGroup on StudyGroup {\n    id\n    viewerCanManage\n    documents {\n      ...DocumentsSection_document\n    }\n    reports {\n      id\n      status\n      publishedAt\n      reportedMeeting {\n        id\n        title\n      }\n      meeting {\n        id\n      }\n    }\n    openActionItems {\n      id\n      title\n      dueDate\n      status\n      ownerPerson {\n        id\n        name\n        honorific\n      }\n      ownerOrganization {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": typeof types.StudyGroupOutputs_StudyGroupFragmentDoc,
    "\n  fragment StudyGroupOverview_studyGroup on StudyGroup {\n    id\n    version\n    title\n    startDate\n    endDate\n    viewerCanManage\n    reportsTo {\n      id\n    }\n    background\n    objectives\n    principles {\n      name\n      description\n    }\n    anticipatedOutputs\n  }\n": typeof types.StudyGroupOverview_StudyGroupFragmentDoc,
    "\n  fragment StudyGroupStatusActions_studyGroup on StudyGroup {\n    id\n    status\n    nextStatuses\n    viewerCanManage\n    reportsTo {\n      id\n      name\n    }\n  }\n": typeof types.StudyGroupStatusActions_StudyGroupFragmentDoc,
    "\n  fragment SubGroupCard_subGroup on SubGroup {\n    id\n    title\n    mandate\n    members {\n      id\n      name\n      honorific\n      sortName\n    }\n  }\n": typeof types.SubGroupCard_SubGroupFragmentDoc,
    "\n  fragment SubGroups_studyGroup on StudyGroup {\n    id\n    viewerCanManage\n    members {\n      id\n      person {\n        id\n        name\n        honorific\n        sortName\n      }\n    }\n    subGroups {\n      id\n      ...SubGroupCard_subGroup\n    }\n  }\n": typeof types.SubGroups_StudyGroupFragmentDoc,
    "\n  fragment StudyGroupPage_studyGroup on StudyGroup {\n    id\n    title\n    status\n    startDate\n    endDate\n    council {\n      id\n      name\n      acronym\n    }\n    reportsTo {\n      id\n      name\n      acronym\n    }\n    ...StudyGroupStatusActions_studyGroup\n    ...StudyGroupOverview_studyGroup\n    ...StudyGroupCommittees_studyGroup\n    ...StudyGroupMeetings_studyGroup\n    ...SubGroups_studyGroup\n    ...StudyGroupOutputs_studyGroup\n  }\n": typeof types.StudyGroupPage_StudyGroupFragmentDoc,
    "\n  query StudyGroup($id: ID!) {\n    studyGroup(id: $id) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n": typeof types.StudyGroupDocument,
    "\n  mutation ChangeStudyGroupStatus($id: ID!, $input: ChangeStudyGroupStatusInput!) {\n    changeStudyGroupStatus(id: $id, input: $input) {\n      id\n      status\n      nextStatuses\n      version\n    }\n  }\n": typeof types.ChangeStudyGroupStatusDocument,
    "\n  mutation CreateStudyGroup($input: CreateStudyGroupInput!) {\n    createStudyGroup(input: $input) {\n      id\n      ...StudyGroupList_studyGroup\n    }\n  }\n": typeof types.CreateStudyGroupDocument,
    "\n  mutation PlanStudyGroupMeeting($studyGroupId: ID!, $input: MeetingPlanInput!) {\n    planStudyGroupMeeting(studyGroupId: $studyGroupId, input: $input) {\n      id\n    }\n  }\n": typeof types.PlanStudyGroupMeetingDocument,
    "\n  mutation RemoveMeetingPlan($id: ID!) {\n    removeMeetingPlan(id: $id) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n": typeof types.RemoveMeetingPlanDocument,
    "\n  mutation ScheduleStudyGroupMeeting($input: ScheduleMeetingInput!) {\n    scheduleStudyGroupMeeting(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.ScheduleStudyGroupMeetingDocument,
    "\n  mutation SetStudyGroupCommittee($input: SetStudyGroupCommitteeInput!) {\n    setStudyGroupCommittee(input: $input) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n": typeof types.SetStudyGroupCommitteeDocument,
    "\n  mutation RemoveStudyGroupCommittee($studyGroupId: ID!, $organizationId: ID!) {\n    removeStudyGroupCommittee(studyGroupId: $studyGroupId, organizationId: $organizationId) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n": typeof types.RemoveStudyGroupCommitteeDocument,
    "\n  mutation AddStudyGroupMember($input: AddStudyGroupMemberInput!) {\n    addStudyGroupMember(input: $input) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n": typeof types.AddStudyGroupMemberDocument,
    "\n  mutation RemoveStudyGroupMember($id: ID!) {\n    removeStudyGroupMember(id: $id) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n": typeof types.RemoveStudyGroupMemberDocument,
    "\n  query StudyGroupFormOrganizations {\n    organizations {\n      id\n      name\n      acronym\n      kind\n    }\n  }\n": typeof types.StudyGroupFormOrganizationsDocument,
    "\n  subscription StudyGroupUpdated($id: ID!) {\n    studyGroupUpdated(id: $id) {\n      ...StudyGroupPage_studyGroup\n    }\n  }\n": typeof types.StudyGroupUpdatedDocument,
    "\n  mutation CreateSubGroup($studyGroupId: ID!, $input: SubGroupInput!) {\n    createSubGroup(studyGroupId: $studyGroupId, input: $input) {\n      id\n      ...SubGroupCard_subGroup\n    }\n  }\n": typeof types.CreateSubGroupDocument,
    "\n  mutation UpdateSubGroup($id: ID!, $input: SubGroupInput!) {\n    updateSubGroup(id: $id, input: $input) {\n      id\n      ...SubGroupCard_subGroup\n    }\n  }\n": typeof types.UpdateSubGroupDocument,
    "\n  mutation RemoveSubGroup($id: ID!) {\n    removeSubGroup(id: $id) {\n      id\n      subGroups {\n        id\n      }\n    }\n  }\n": typeof types.RemoveSubGroupDocument,
    "\n  mutation UpdateStudyGroup($id: ID!, $input: UpdateStudyGroupInput!) {\n    updateStudyGroup(id: $id, input: $input) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n": typeof types.UpdateStudyGroupDocument,
    "\n  query StudyGroups {\n    studyGroups {\n      id\n      ...StudyGroupList_studyGroup\n    }\n  }\n": typeof types.StudyGroupsDocument,
};
const documents: Documents = {
    "\n  query Accounts {\n    users {\n      id\n      ...AccountsTable_user\n    }\n  }\n": types.AccountsDocument,
    "\n  fragment AccountsTable_user on User {\n    id\n    email\n    isPlatformAdmin\n    disabled\n    lastSignInAt\n    person {\n      id\n      name\n      sortName\n      honorific\n      title\n      affiliation {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": types.AccountsTable_UserFragmentDoc,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      ...AccountsTable_user\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation ResendAccountInvitation($userId: ID!) {\n    resendAccountInvitation(userId: $userId) {\n      id\n      ...AccountsTable_user\n    }\n  }\n": types.ResendAccountInvitationDocument,
    "\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n": types.SetUserDisabledDocument,
    "\n  fragment AgendaPanel_meeting on Meeting {\n    id\n    status\n    timeZone\n    startDate\n    endDate\n    viewerCanManage\n    # A day's selection is spelled out rather than a fragment of its own: each fragment level counts\n    # twice against the API's query depth limit. Mutations returning a day select the same.\n    agendaDays {\n      id\n      date\n      items {\n        id\n        ...AgendaItem_item\n      }\n    }\n    agendaWarnings {\n      kind\n      message\n      itemIds\n      personId\n    }\n    agendaChanges {\n      id\n      at\n      summary\n      by {\n        id\n        name\n        honorific\n      }\n    }\n    participants {\n      id\n      state\n      person {\n        id\n        name\n        honorific\n        sortName\n      }\n    }\n  }\n": types.AgendaPanel_MeetingFragmentDoc,
    "\n  fragment AgendaItem_item on AgendaItem {\n    id\n    kind\n    title\n    startTime\n    endTime\n    startsAt\n    endsAt\n    subItems {\n      id\n      text\n    }\n    chair {\n      id\n      name\n      honorific\n    }\n    speakers {\n      role\n      person {\n        id\n        name\n        honorific\n      }\n    }\n    papers {\n      id\n      filename\n      url\n    }\n  }\n": types.AgendaItem_ItemFragmentDoc,
    "\n  mutation AddAgendaDay($input: AddAgendaDayInput!) {\n    addAgendaDay(input: $input) {\n      id\n      date\n      items {\n        id\n        ...AgendaItem_item\n      }\n    }\n  }\n": types.AddAgendaDayDocument,
    "\n  mutation AddAgendaItem($dayId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(dayId: $dayId, input: $input) {\n      id\n      ...AgendaItem_item\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation DuplicateAgendaDay($id: ID!, $date: LocalDate!) {\n    duplicateAgendaDay(id: $id, date: $date) {\n      id\n      date\n      items {\n        id\n        ...AgendaItem_item\n      }\n    }\n  }\n": types.DuplicateAgendaDayDocument,
    "\n  mutation MoveAgendaItem($id: ID!, $input: MoveAgendaItemInput!) {\n    moveAgendaItem(id: $id, input: $input) {\n      id\n      items {\n        id\n        startsAt\n        endsAt\n        startTime\n        endTime\n      }\n    }\n  }\n": types.MoveAgendaItemDocument,
    "\n  mutation RemoveAgendaDay($id: ID!) {\n    removeAgendaDay(id: $id)\n  }\n": types.RemoveAgendaDayDocument,
    "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id)\n  }\n": types.RemoveAgendaItemDocument,
    "\n  mutation UpdateAgendaItem($id: ID!, $input: AgendaItemInput!) {\n    updateAgendaItem(id: $id, input: $input) {\n      id\n      ...AgendaItem_item\n    }\n  }\n": types.UpdateAgendaItemDocument,
    "\n  fragment Viewer_user on User {\n    id\n    email\n    isPlatformAdmin\n    person {\n      id\n      name\n      honorific\n    }\n    canConveneFor {\n      id\n      name\n      acronym\n    }\n  }\n": types.Viewer_UserFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      id\n      ...Viewer_user\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation AcceptAccountInvitation($input: AcceptAccountInvitationInput!) {\n    acceptAccountInvitation(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": types.AcceptAccountInvitationDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query AccountInvitation($token: String!) {\n    accountInvitation(token: $token) {\n      name\n      email\n      state\n      expiresAt\n    }\n  }\n": types.AccountInvitationDocument,
    "\n  query CommentTable($id: ID!) {\n    document(id: $id) {\n      id\n      status\n      viewerCanEdit\n      version {\n        id\n        number\n        isWorking\n        paragraphs {\n          id\n          paragraphId\n          number\n          kind\n          text\n        }\n      }\n      rounds {\n        id\n        number\n        status\n        attribution\n        opensAt\n        closesAt\n        closedAt\n        versionNumber\n        undisposedCount\n        recipients {\n          id\n          response\n          responseNote\n          respondedAt\n          organization {\n            id\n            name\n            acronym\n          }\n          person {\n            id\n            name\n            honorific\n          }\n        }\n        comments {\n          id\n          kind\n          quote\n          body\n          disposition\n          reply\n          disposedAt\n          attributed\n          personalCapacity\n          paragraphId\n          answeredByParagraphId\n          paragraphThen {\n            number\n            text\n          }\n          author {\n            id\n            name\n            honorific\n          }\n          speaksFor {\n            id\n            name\n            acronym\n          }\n        }\n      }\n    }\n  }\n": types.CommentTableDocument,
    "\n  mutation DisposeComments($input: DisposeCommentsInput!) {\n    disposeComments(input: $input) {\n      id\n      disposition\n      reply\n      disposedAt\n      answeredByParagraphId\n    }\n  }\n": types.DisposeCommentsDocument,
    "\n  fragment DocumentActions_document on Document {\n    id\n    title\n    status\n    viewerCanEdit\n    viewerCanDecide\n    viewerCanPublish\n    submittedTo {\n      id\n      name\n    }\n    studyGroup {\n      id\n      reportsTo {\n        id\n        name\n      }\n      committees {\n        role\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n    }\n    openRound {\n      id\n      number\n      status\n      closesAt\n    }\n    rounds {\n      id\n      number\n      status\n      undisposedCount\n    }\n  }\n": types.DocumentActions_DocumentFragmentDoc,
    "\n  query DocumentActions($id: ID!) {\n    document(id: $id) {\n      id\n      ...DocumentActions_document\n    }\n  }\n": types.DocumentActionsDocument,
    "\n  mutation CirculateDocument($input: CirculateDocumentInput!) {\n    circulateDocument(input: $input) {\n      id\n      ...DocumentActions_document\n    }\n  }\n": types.CirculateDocumentDocument,
    "\n  mutation CloseCommentRound($id: ID!) {\n    closeCommentRound(id: $id) {\n      id\n      status\n      closedAt\n      closedAtDeadline\n      acceptingComments\n    }\n  }\n": types.CloseCommentRoundDocument,
    "\n  mutation FinaliseDocument($id: ID!) {\n    finaliseDocument(id: $id) {\n      id\n      ...DocumentActions_document\n    }\n  }\n": types.FinaliseDocumentDocument,
    "\n  mutation SubmitDocument($id: ID!) {\n    submitDocument(id: $id) {\n      id\n      submittedAt\n      ...DocumentActions_document\n    }\n  }\n": types.SubmitDocumentDocument,
    "\n  mutation DecideDocument($input: DecideDocumentInput!) {\n    decideDocument(input: $input) {\n      id\n      ...DocumentActions_document\n    }\n  }\n": types.DecideDocumentDocument,
    "\n  mutation PublishDocument($input: PublishDocumentInput!) {\n    publishDocument(input: $input) {\n      id\n      publishedAt\n      ...DocumentActions_document\n    }\n  }\n": types.PublishDocumentDocument,
    "\n  query DocumentDrafters($id: ID!) {\n    document(id: $id) {\n      id\n      viewerCanNameDrafters\n      drafters {\n        id\n        name\n        honorific\n      }\n    }\n  }\n": types.DocumentDraftersDocument,
    "\n  query DrafterChoices($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      participants {\n        id\n        person {\n          id\n          name\n          honorific\n        }\n      }\n    }\n  }\n": types.DrafterChoicesDocument,
    "\n  mutation SetDocumentDrafters($input: SetDocumentDraftersInput!) {\n    setDocumentDrafters(input: $input) {\n      id\n      drafters {\n        id\n        name\n        honorific\n      }\n    }\n  }\n": types.SetDocumentDraftersDocument,
    "\n  query DocumentHistory($id: ID!) {\n    document(id: $id) {\n      id\n      history {\n        id\n        action\n        at\n        fromState\n        toState\n        actor {\n          id\n          name\n          honorific\n        }\n      }\n    }\n  }\n": types.DocumentHistoryDocument,
    "\n  fragment DocumentsSection_document on Document {\n    id\n    title\n    kind\n    status\n  }\n": types.DocumentsSection_DocumentFragmentDoc,
    "\n  query VersionCompareVersions($id: ID!) {\n    document(id: $id) {\n      id\n      versions {\n        id\n        number\n        isWorking\n        isFinal\n        round {\n          id\n          number\n        }\n      }\n    }\n  }\n": types.VersionCompareVersionsDocument,
    "\n  query DocumentComparison($documentId: ID!, $from: Int!, $to: Int!) {\n    documentComparison(documentId: $documentId, from: $from, to: $to) {\n      from\n      to\n      paragraphs {\n        paragraphId\n        number\n        kind\n        change\n        segments {\n          kind\n          text\n        }\n      }\n    }\n  }\n": types.DocumentComparisonDocument,
    "\n  fragment DocumentComment_comment on Comment {\n    id\n    kind\n    body\n    quote\n    attributed\n    author {\n      id\n      name\n    }\n    speaksFor {\n      id\n      name\n      acronym\n    }\n    personalCapacity\n    roundNumber\n    changedSince\n    disposition\n    reply\n    viewerIsAuthor\n    createdAt\n  }\n": types.DocumentComment_CommentFragmentDoc,
    "\n  fragment DocumentParagraph_paragraph on Paragraph {\n    id\n    paragraphId\n    kind\n    number\n    recommendationNumber\n    html\n    text\n    revision\n    updatedAt\n    updatedBy {\n      id\n      name\n    }\n    addressees {\n      kind\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n    issueAreas\n    comments {\n      id\n      ...DocumentComment_comment\n    }\n  }\n": types.DocumentParagraph_ParagraphFragmentDoc,
    "\n  fragment DocumentVersionText_version on DocumentVersion {\n    id\n    number\n    isWorking\n    isFinal\n    frozenAt\n    round {\n      id\n      number\n    }\n    paragraphs {\n      id\n      ...DocumentParagraph_paragraph\n    }\n    removedParagraphs {\n      paragraphId\n      number\n      text\n      comments {\n        id\n        ...DocumentComment_comment\n      }\n    }\n  }\n": types.DocumentVersionText_VersionFragmentDoc,
    "\n  fragment DocumentOpenRound_round on CommentRound {\n    id\n    number\n    versionNumber\n    status\n    opensAt\n    closesAt\n    acceptingComments\n    attribution\n    instructions\n    viewerRecipients {\n      id\n      response\n      responseNote\n      respondedAt\n      organization {\n        id\n        name\n        acronym\n      }\n      person {\n        id\n        name\n      }\n    }\n  }\n": types.DocumentOpenRound_RoundFragmentDoc,
    "\n  fragment DocumentPage_document on Document {\n    id\n    title\n    kind\n    status\n    viewerCanEdit\n    viewerCanSeeDraft\n    viewerCommittees {\n      id\n      name\n      acronym\n    }\n    studyGroup {\n      id\n      title\n    }\n    meeting {\n      id\n      title\n    }\n    versions {\n      id\n      number\n      isWorking\n      isFinal\n      frozenAt\n    }\n    rounds {\n      id\n      number\n    }\n    openRound {\n      id\n      ...DocumentOpenRound_round\n    }\n  }\n": types.DocumentPage_DocumentFragmentDoc,
    "\n  query DocumentPage($id: ID!) {\n    document(id: $id) {\n      id\n      ...DocumentPage_document\n    }\n  }\n": types.DocumentPageDocument,
    "\n  query DocumentVersionText($id: ID!, $number: Int) {\n    document(id: $id) {\n      id\n      version(number: $number) {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n": types.DocumentVersionTextDocument,
    "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      id\n      ...DocumentComment_comment\n    }\n  }\n": types.PostCommentDocument,
    "\n  mutation EditComment($id: ID!, $input: EditCommentInput!) {\n    editComment(id: $id, input: $input) {\n      id\n      ...DocumentComment_comment\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation WithdrawComment($id: ID!) {\n    withdrawComment(id: $id)\n  }\n": types.WithdrawCommentDocument,
    "\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      id\n      title\n      kind\n      status\n    }\n  }\n": types.CreateDocumentDocument,
    "\n  subscription DocumentEvents($id: ID!) {\n    documentEvents(id: $id) {\n      documentId\n      kind\n      presence {\n        paragraphId\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DocumentEventsDocument,
    "\n  mutation AddParagraph($input: AddParagraphInput!) {\n    addParagraph(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n": types.AddParagraphDocument,
    "\n  mutation SaveParagraph($input: SaveParagraphInput!) {\n    saveParagraph(input: $input) {\n      id\n      ...DocumentParagraph_paragraph\n    }\n  }\n": types.SaveParagraphDocument,
    "\n  mutation SplitParagraph($input: SplitParagraphInput!) {\n    splitParagraph(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n": types.SplitParagraphDocument,
    "\n  mutation MergeParagraphs($input: MergeParagraphsInput!) {\n    mergeParagraphs(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n": types.MergeParagraphsDocument,
    "\n  mutation MoveParagraph($input: MoveParagraphInput!) {\n    moveParagraph(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n": types.MoveParagraphDocument,
    "\n  mutation DeleteParagraph($input: DeleteParagraphInput!) {\n    deleteParagraph(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n": types.DeleteParagraphDocument,
    "\n  mutation SetDocumentPresence($documentId: ID!, $paragraphId: ID) {\n    setDocumentPresence(documentId: $documentId, paragraphId: $paragraphId)\n  }\n": types.SetDocumentPresenceDocument,
    "\n  mutation RespondToRound($input: RespondToRoundInput!) {\n    respondToRound(input: $input) {\n      id\n      response\n      responseNote\n      respondedAt\n    }\n  }\n": types.RespondToRoundDocument,
    "\n  fragment CalendarSubscription_meeting on Meeting {\n    id\n    calendarFeedUrl\n  }\n": types.CalendarSubscription_MeetingFragmentDoc,
    "\n  fragment EditMeetingButton_meeting on Meeting {\n    id\n    version\n    title\n    kind\n    track\n    venue\n    city\n    country\n    timeZone\n    startDate\n    endDate\n    background\n    objectives\n    participantCategories\n    confidentiality\n    sequenceNumber\n    viewerCanManage\n    organizers {\n      id\n    }\n    host {\n      id\n    }\n  }\n": types.EditMeetingButton_MeetingFragmentDoc,
    "\n  fragment MeetingDetails_meeting on Meeting {\n    id\n    kind\n    track\n    startDate\n    endDate\n    venue\n    city\n    country\n    timeZone\n    confidentiality\n    sequenceNumber\n    viewerRoles\n    organizers {\n      id\n      name\n      acronym\n    }\n    host {\n      id\n      name\n      acronym\n    }\n  }\n": types.MeetingDetails_MeetingFragmentDoc,
    "\n  fragment MeetingList_meeting on Meeting {\n    id\n    title\n    kind\n    startDate\n    endDate\n    venue\n    city\n    country\n    status\n    viewerRoles\n    organizers {\n      id\n      name\n      acronym\n    }\n  }\n": types.MeetingList_MeetingFragmentDoc,
    "\n  fragment MeetingOverview_meeting on Meeting {\n    id\n    background\n    objectives\n    participantCategories\n  }\n": types.MeetingOverview_MeetingFragmentDoc,
    "\n  fragment MeetingStatusActions_meeting on Meeting {\n    id\n    status\n    nextStatuses\n    viewerCanManage\n    report {\n      id\n    }\n    agendaWarnings {\n      message\n    }\n  }\n": types.MeetingStatusActions_MeetingFragmentDoc,
    "\n  mutation ChangeMeetingStatus($id: ID!, $input: ChangeMeetingStatusInput!) {\n    changeMeetingStatus(id: $id, input: $input) {\n      id\n      status\n      nextStatuses\n      version\n    }\n  }\n": types.ChangeMeetingStatusDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      ...MeetingDetails_meeting\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  subscription MeetingUpdated($id: ID!) {\n    meetingUpdated(id: $id) {\n      id\n      title\n      kind\n      status\n      startDate\n      endDate\n      viewerRoles\n      viewerCanManage\n      confidentiality\n      seriesLabel\n      studyGroup {\n        id\n        title\n      }\n      viewerCanWriteReport\n      report {\n        id\n      }\n      documents {\n        ...DocumentsSection_document\n      }\n      participants {\n        id\n        state\n        person {\n          id\n        }\n      }\n      ...MeetingDetails_meeting\n      ...MeetingOverview_meeting\n      ...CalendarSubscription_meeting\n      ...EditMeetingButton_meeting\n      ...MeetingStatusActions_meeting\n      ...AgendaPanel_meeting\n      ...ParticipantsPanel_meeting\n    }\n  }\n": types.MeetingUpdatedDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n      ...MeetingDetails_meeting\n      ...MeetingOverview_meeting\n      ...EditMeetingButton_meeting\n      ...MeetingList_meeting\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      kind\n      status\n      startDate\n      endDate\n      viewerRoles\n      viewerCanManage\n      confidentiality\n      seriesLabel\n      studyGroup {\n        id\n        title\n      }\n      viewerCanWriteReport\n      report {\n        id\n      }\n      documents {\n        ...DocumentsSection_document\n      }\n      participants {\n        id\n        state\n        person {\n          id\n        }\n      }\n      ...MeetingDetails_meeting\n      ...MeetingOverview_meeting\n      ...CalendarSubscription_meeting\n      ...EditMeetingButton_meeting\n      ...MeetingStatusActions_meeting\n      ...AgendaPanel_meeting\n      ...ParticipantsPanel_meeting\n    }\n  }\n": types.MeetingDocument,
    "\n  query Meetings {\n    meetings {\n      id\n      ...MeetingList_meeting\n    }\n  }\n": types.MeetingsDocument,
    "\n  fragment NotificationList_notification on Notification {\n    id\n    title\n    body\n    path\n    createdAt\n    readAt\n  }\n": types.NotificationList_NotificationFragmentDoc,
    "\n  query Notifications($limit: Int!) {\n    notifications(limit: $limit) {\n      id\n      ...NotificationList_notification\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      label\n      delivery\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      label\n      delivery\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  subscription NotificationEvents {\n    notificationEvents {\n      unreadCount\n    }\n  }\n": types.NotificationEventsDocument,
    "\n  query Organizations {\n    organizations {\n      id\n      ...OrganizationsTable_organization\n    }\n  }\n": types.OrganizationsDocument,
    "\n  fragment OrganizationsTable_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    country\n    parent {\n      id\n      name\n      acronym\n    }\n  }\n": types.OrganizationsTable_OrganizationFragmentDoc,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      acronym\n      ...OrganizationsTable_organization\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  query MeetingFormOrganizations {\n    organizations {\n      id\n      name\n      acronym\n    }\n  }\n": types.MeetingFormOrganizationsDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      acronym\n      ...OrganizationsTable_organization\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query MeetingOutbox($id: ID!) {\n    meeting(id: $id) {\n      id\n      outbox {\n        id\n        kind\n        to\n        toName\n        subject\n        body\n        createdAt\n        sentAt\n      }\n    }\n  }\n": types.MeetingOutboxDocument,
    "\n  fragment ImportParticipantsDialog_row on ParticipantImportRow {\n    rowNumber\n    name\n    email\n    role\n    errors\n  }\n": types.ImportParticipantsDialog_RowFragmentDoc,
    "\n  fragment ParticipantsPanel_meeting on Meeting {\n    id\n    status\n    viewerRoles\n    viewerCanManage\n    participantCategories\n    participants {\n      id\n      ...ParticipantRow_participation\n    }\n  }\n": types.ParticipantsPanel_MeetingFragmentDoc,
    "\n  fragment RsvpRoute_invitation on InvitationPreview {\n    personName\n    meetingTitle\n    startDate\n    endDate\n    venue\n    city\n    timeZone\n    role\n    state\n    open\n    hasAccount\n  }\n": types.RsvpRoute_InvitationFragmentDoc,
    "\n  query MeetingInvitation($token: String!) {\n    meetingInvitation(token: $token) {\n      ...RsvpRoute_invitation\n    }\n  }\n": types.MeetingInvitationDocument,
    "\n  fragment ParticipantRow_participation on Participation {\n    id\n    role\n    state\n    category\n    travelSupport\n    email\n    respondedAt\n    person {\n      id\n      name\n      sortName\n      honorific\n      title\n      affiliation {\n        id\n        name\n        acronym\n        country\n      }\n    }\n    representing {\n      id\n      name\n      acronym\n      country\n    }\n  }\n": types.ParticipantRow_ParticipationFragmentDoc,
    "\n  mutation ImportParticipants($meetingId: ID!, $csv: String!) {\n    importParticipants(meetingId: $meetingId, csv: $csv) {\n      id\n      ...ParticipantRow_participation\n    }\n  }\n": types.ImportParticipantsDocument,
    "\n  mutation InviteParticipant($meetingId: ID!, $input: InviteParticipantInput!) {\n    inviteParticipant(meetingId: $meetingId, input: $input) {\n      id\n      ...ParticipantRow_participation\n    }\n  }\n": types.InviteParticipantDocument,
    "\n  mutation MarkAttendance($id: ID!, $attended: Boolean!) {\n    markAttendance(id: $id, attended: $attended) {\n      id\n      state\n    }\n  }\n": types.MarkAttendanceDocument,
    "\n  query PeopleSearch($search: String) {\n    people(search: $search) {\n      id\n      name\n      sortName\n      honorific\n      title\n      affiliation {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": types.PeopleSearchDocument,
    "\n  mutation PreviewParticipantImport($meetingId: ID!, $csv: String!) {\n    previewParticipantImport(meetingId: $meetingId, csv: $csv) {\n      ...ImportParticipantsDialog_row\n    }\n  }\n": types.PreviewParticipantImportDocument,
    "\n  mutation RemoveParticipation($id: ID!) {\n    removeParticipation(id: $id)\n  }\n": types.RemoveParticipationDocument,
    "\n  mutation ReplyToInvitation($meetingId: ID!, $response: InvitationState!) {\n    replyToInvitation(meetingId: $meetingId, response: $response) {\n      id\n      state\n      respondedAt\n    }\n  }\n": types.ReplyToInvitationDocument,
    "\n  mutation RespondToInvitation($input: RespondToInvitationInput!) {\n    respondToInvitation(input: $input) {\n      ...RsvpRoute_invitation\n    }\n  }\n": types.RespondToInvitationDocument,
    "\n  mutation UpdateParticipation($id: ID!, $input: UpdateParticipationInput!) {\n    updateParticipation(id: $id, input: $input) {\n      id\n      ...ParticipantRow_participation\n    }\n  }\n": types.UpdateParticipationDocument,
    "\n  fragment RecommendationHistory_recommendation on Recommendation {\n    id\n    history {\n      id\n      fromStatus\n      toStatus\n      occurredOn\n      note\n      evidenceUrl\n      evidenceFile {\n        id\n        filename\n        url\n      }\n      recordedAt\n      recordedBy {\n        id\n        name\n        honorific\n      }\n    }\n  }\n": types.RecommendationHistory_RecommendationFragmentDoc,
    "\n  fragment RecordStepForm_recommendation on Recommendation {\n    id\n    status\n    adoptedOn\n    nextFollowUpOn\n    allowedNextStatuses\n    history {\n      id\n      occurredOn\n    }\n  }\n": types.RecordStepForm_RecommendationFragmentDoc,
    "\n  fragment FollowUpControl_recommendation on Recommendation {\n    id\n    status\n    adoptedOn\n    nextFollowUpOn\n    overdue\n  }\n": types.FollowUpControl_RecommendationFragmentDoc,
    "\n  fragment RecommendationPage_recommendation on Recommendation {\n    id\n    number\n    sourceTitle\n    sourceUrl\n    text\n    status\n    issueAreas\n    adoptedOn\n    nextFollowUpOn\n    overdue\n    paragraphId\n    viewerCanTrack\n    addressees {\n      kind\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n    responsible {\n      id\n      name\n      acronym\n    }\n    document {\n      id\n      title\n    }\n    studyGroup {\n      id\n      title\n    }\n    meeting {\n      id\n      title\n    }\n    ...RecommendationHistory_recommendation\n    ...RecordStepForm_recommendation\n    ...FollowUpControl_recommendation\n  }\n": types.RecommendationPage_RecommendationFragmentDoc,
    "\n  query RecommendationPage($id: ID!) {\n    recommendation(id: $id) {\n      id\n      ...RecommendationPage_recommendation\n    }\n  }\n": types.RecommendationPageDocument,
    "\n  fragment RegistryList_recommendation on Recommendation {\n    id\n    number\n    sourceTitle\n    text\n    status\n    issueAreas\n    nextFollowUpOn\n    overdue\n    addressees {\n      kind\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": types.RegistryList_RecommendationFragmentDoc,
    "\n  fragment RegistryCounts_registry on RecommendationRegistry {\n    totalCount\n    overdueCount\n    statusCounts {\n      status\n      count\n    }\n  }\n": types.RegistryCounts_RegistryFragmentDoc,
    "\n  fragment RegistryCharts_registry on RecommendationRegistry {\n    byIssueArea {\n      issueArea\n      total\n      counts {\n        status\n        count\n      }\n    }\n    progress {\n      year\n      asOf\n      counts {\n        status\n        count\n      }\n    }\n  }\n": types.RegistryCharts_RegistryFragmentDoc,
    "\n  query RecommendationRegistry($filter: RecommendationFilterInput, $limit: Int!, $offset: Int!) {\n    recommendationRegistry(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      ...RegistryCounts_registry\n      ...RegistryCharts_registry\n      recommendations {\n        id\n        ...RegistryList_recommendation\n      }\n    }\n  }\n": types.RecommendationRegistryDocument,
    "\n  query RegistryFilterOptions {\n    studyGroups {\n      id\n      title\n    }\n    meetings {\n      id\n      title\n      startDate\n    }\n    recommendationSources {\n      documentId\n      title\n    }\n  }\n": types.RegistryFilterOptionsDocument,
    "\n  mutation AddRecommendation($input: AddRecommendationInput!) {\n    addRecommendation(input: $input) {\n      id\n      ...RecommendationPage_recommendation\n    }\n  }\n": types.AddRecommendationDocument,
    "\n  mutation ChangeRecommendationStatus($input: ChangeRecommendationStatusInput!) {\n    changeRecommendationStatus(input: $input) {\n      id\n      ...RecommendationPage_recommendation\n    }\n  }\n": types.ChangeRecommendationStatusDocument,
    "\n  mutation SetRecommendationFollowUp($id: ID!, $nextFollowUpOn: LocalDate) {\n    setRecommendationFollowUp(id: $id, nextFollowUpOn: $nextFollowUpOn) {\n      id\n      nextFollowUpOn\n      overdue\n    }\n  }\n": types.SetRecommendationFollowUpDocument,
    "\n  fragment ActionItem_item on ActionItem {\n    id\n    title\n    dueDate\n    status\n    nextStatuses\n    ownerPerson {\n      id\n      name\n    }\n    ownerOrganization {\n      id\n      name\n      acronym\n    }\n  }\n": types.ActionItem_ItemFragmentDoc,
    "\n  fragment ReportPanel_report on MeetingReport {\n    id\n    status\n    nextStatuses\n    revision\n    publishedAt\n    viewerCanEdit\n    attributionAllowed\n    current {\n      number\n      summary\n      createdAt\n      author {\n        id\n        name\n      }\n      sections {\n        agendaItemId\n        heading\n        text\n      }\n    }\n    participation {\n      experts\n      memberCommittees\n      otherOrganizations\n      attendanceMarked\n      sentence\n    }\n    attributionWarnings {\n      location\n      personName\n      excerpt\n    }\n    revisions {\n      number\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n    actionItems {\n      id\n      ...ActionItem_item\n    }\n  }\n": types.ReportPanel_ReportFragmentDoc,
    "\n  query MeetingReportPanel($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      status\n      viewerCanWriteReport\n      report {\n        id\n        ...ReportPanel_report\n      }\n    }\n  }\n": types.MeetingReportPanelDocument,
    "\n  query ActionItemOwners($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      participants {\n        id\n        person {\n          id\n          name\n        }\n        representing {\n          id\n          name\n          acronym\n        }\n      }\n      studyGroup {\n        id\n        committees {\n          organization {\n            id\n            name\n            acronym\n          }\n        }\n      }\n    }\n  }\n": types.ActionItemOwnersDocument,
    "\n  query ReportComparison($reportId: ID!, $from: Int!, $to: Int!) {\n    reportComparison(reportId: $reportId, from: $from, to: $to) {\n      from\n      to\n      summary {\n        kind\n        text\n      }\n      sections {\n        heading\n        segments {\n          kind\n          text\n        }\n      }\n    }\n  }\n": types.ReportComparisonDocument,
    "\n  mutation AddActionItem($reportId: ID!, $input: ActionItemInput!) {\n    addActionItem(reportId: $reportId, input: $input) {\n      id\n      ...ActionItem_item\n    }\n  }\n": types.AddActionItemDocument,
    "\n  mutation UpdateActionItem($id: ID!, $input: ActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      id\n      ...ActionItem_item\n    }\n  }\n": types.UpdateActionItemDocument,
    "\n  mutation RemoveActionItem($id: ID!) {\n    removeActionItem(id: $id) {\n      id\n      actionItems {\n        id\n        ...ActionItem_item\n      }\n    }\n  }\n": types.RemoveActionItemDocument,
    "\n  mutation ChangeActionItemStatus($id: ID!, $input: ChangeActionItemStatusInput!) {\n    changeActionItemStatus(id: $id, input: $input) {\n      id\n      ...ActionItem_item\n    }\n  }\n": types.ChangeActionItemStatusDocument,
    "\n  mutation ChangeMeetingReportStatus($id: ID!, $input: ChangeMeetingReportStatusInput!) {\n    changeMeetingReportStatus(id: $id, input: $input) {\n      id\n      ...ReportPanel_report\n      meeting {\n        id\n        status\n        nextStatuses\n      }\n    }\n  }\n": types.ChangeMeetingReportStatusDocument,
    "\n  mutation SaveMeetingReport($input: SaveMeetingReportInput!) {\n    saveMeetingReport(input: $input) {\n      id\n      revision\n      ...ReportPanel_report\n    }\n  }\n": types.SaveMeetingReportDocument,
    "\n  mutation StartMeetingReport($meetingId: ID!) {\n    startMeetingReport(meetingId: $meetingId) {\n      id\n      ...ReportPanel_report\n      meeting {\n        id\n        report {\n          id\n        }\n      }\n    }\n  }\n": types.StartMeetingReportDocument,
    "\n  query ReportPage($id: ID!) {\n    meetingReport(id: $id) {\n      id\n      status\n      publishedAt\n      reportedMeeting {\n        id\n        title\n        venue\n        city\n        country\n        startDate\n        endDate\n        confidentiality\n      }\n      meeting {\n        id\n      }\n      studyGroup {\n        id\n        title\n      }\n      current {\n        number\n        summary\n        sections {\n          agendaItemId\n          heading\n          text\n        }\n      }\n      participation {\n        sentence\n        attendanceMarked\n      }\n      actionItems {\n        id\n        ...ActionItem_item\n      }\n    }\n  }\n": types.ReportPageDocument,
    "\n  fragment SearchResults_hit on SearchHit {\n    id\n    kind\n    title\n    context\n    snippet\n    path\n  }\n": types.SearchResults_HitFragmentDoc,
    "\n  query Search($query: String!, $limit: Int!) {\n    search(query: $query, limit: $limit) {\n      id\n      ...SearchResults_hit\n    }\n  }\n": types.SearchDocument,
    "\n  fragment StudyGroupCommittees_studyGroup on StudyGroup {\n    id\n    viewerCanManage\n    viewerNamesMembersFor {\n      id\n      name\n      acronym\n    }\n    committees {\n      role\n      organization {\n        id\n        name\n        acronym\n      }\n      focalPoints {\n        id\n        name\n        honorific\n        sortName\n      }\n    }\n    members {\n      id\n      role\n      person {\n        id\n        name\n        honorific\n        sortName\n      }\n      representing {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": types.StudyGroupCommittees_StudyGroupFragmentDoc,
    "\n  fragment StudyGroupList_studyGroup on StudyGroup {\n    id\n    title\n    status\n    startDate\n    endDate\n    viewerRoles\n    council {\n      id\n      name\n      acronym\n    }\n  }\n": types.StudyGroupList_StudyGroupFragmentDoc,
    "\n  fragment StudyGroupMeetings_studyGroup on StudyGroup {\n    id\n    title\n    status\n    startDate\n    endDate\n    viewerCanManage\n    committees {\n      role\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n    meetingPlans {\n      id\n      sequence\n      label\n      expectedMonth\n      city\n      country\n      scheduled\n      host {\n        id\n        name\n        acronym\n      }\n      schedule {\n        title\n        venue\n        startDate\n        endDate\n        status\n      }\n      meeting {\n        id\n      }\n      report {\n        id\n        status\n      }\n    }\n  }\n": types.StudyGroupMeetings_StudyGroupFragmentDoc,
    "\n  fragment StudyGroupOutputs_studyGroup on StudyGroup {\n    id\n    viewerCanManage\n    documents {\n      ...DocumentsSection_document\n    }\n    reports {\n      id\n      status\n      publishedAt\n      reportedMeeting {\n        id\n        title\n      }\n      meeting {\n        id\n      }\n    }\n    openActionItems {\n      id\n      title\n      dueDate\n      status\n      ownerPerson {\n        id\n        name\n        honorific\n      }\n      ownerOrganization {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": types.StudyGroupOutputs_StudyGroupFragmentDoc,
    "\n  fragment StudyGroupOverview_studyGroup on StudyGroup {\n    id\n    version\n    title\n    startDate\n    endDate\n    viewerCanManage\n    reportsTo {\n      id\n    }\n    background\n    objectives\n    principles {\n      name\n      description\n    }\n    anticipatedOutputs\n  }\n": types.StudyGroupOverview_StudyGroupFragmentDoc,
    "\n  fragment StudyGroupStatusActions_studyGroup on StudyGroup {\n    id\n    status\n    nextStatuses\n    viewerCanManage\n    reportsTo {\n      id\n      name\n    }\n  }\n": types.StudyGroupStatusActions_StudyGroupFragmentDoc,
    "\n  fragment SubGroupCard_subGroup on SubGroup {\n    id\n    title\n    mandate\n    members {\n      id\n      name\n      honorific\n      sortName\n    }\n  }\n": types.SubGroupCard_SubGroupFragmentDoc,
    "\n  fragment SubGroups_studyGroup on StudyGroup {\n    id\n    viewerCanManage\n    members {\n      id\n      person {\n        id\n        name\n        honorific\n        sortName\n      }\n    }\n    subGroups {\n      id\n      ...SubGroupCard_subGroup\n    }\n  }\n": types.SubGroups_StudyGroupFragmentDoc,
    "\n  fragment StudyGroupPage_studyGroup on StudyGroup {\n    id\n    title\n    status\n    startDate\n    endDate\n    council {\n      id\n      name\n      acronym\n    }\n    reportsTo {\n      id\n      name\n      acronym\n    }\n    ...StudyGroupStatusActions_studyGroup\n    ...StudyGroupOverview_studyGroup\n    ...StudyGroupCommittees_studyGroup\n    ...StudyGroupMeetings_studyGroup\n    ...SubGroups_studyGroup\n    ...StudyGroupOutputs_studyGroup\n  }\n": types.StudyGroupPage_StudyGroupFragmentDoc,
    "\n  query StudyGroup($id: ID!) {\n    studyGroup(id: $id) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n": types.StudyGroupDocument,
    "\n  mutation ChangeStudyGroupStatus($id: ID!, $input: ChangeStudyGroupStatusInput!) {\n    changeStudyGroupStatus(id: $id, input: $input) {\n      id\n      status\n      nextStatuses\n      version\n    }\n  }\n": types.ChangeStudyGroupStatusDocument,
    "\n  mutation CreateStudyGroup($input: CreateStudyGroupInput!) {\n    createStudyGroup(input: $input) {\n      id\n      ...StudyGroupList_studyGroup\n    }\n  }\n": types.CreateStudyGroupDocument,
    "\n  mutation PlanStudyGroupMeeting($studyGroupId: ID!, $input: MeetingPlanInput!) {\n    planStudyGroupMeeting(studyGroupId: $studyGroupId, input: $input) {\n      id\n    }\n  }\n": types.PlanStudyGroupMeetingDocument,
    "\n  mutation RemoveMeetingPlan($id: ID!) {\n    removeMeetingPlan(id: $id) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n": types.RemoveMeetingPlanDocument,
    "\n  mutation ScheduleStudyGroupMeeting($input: ScheduleMeetingInput!) {\n    scheduleStudyGroupMeeting(input: $input) {\n      id\n      title\n    }\n  }\n": types.ScheduleStudyGroupMeetingDocument,
    "\n  mutation SetStudyGroupCommittee($input: SetStudyGroupCommitteeInput!) {\n    setStudyGroupCommittee(input: $input) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n": types.SetStudyGroupCommitteeDocument,
    "\n  mutation RemoveStudyGroupCommittee($studyGroupId: ID!, $organizationId: ID!) {\n    removeStudyGroupCommittee(studyGroupId: $studyGroupId, organizationId: $organizationId) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n": types.RemoveStudyGroupCommitteeDocument,
    "\n  mutation AddStudyGroupMember($input: AddStudyGroupMemberInput!) {\n    addStudyGroupMember(input: $input) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n": types.AddStudyGroupMemberDocument,
    "\n  mutation RemoveStudyGroupMember($id: ID!) {\n    removeStudyGroupMember(id: $id) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n": types.RemoveStudyGroupMemberDocument,
    "\n  query StudyGroupFormOrganizations {\n    organizations {\n      id\n      name\n      acronym\n      kind\n    }\n  }\n": types.StudyGroupFormOrganizationsDocument,
    "\n  subscription StudyGroupUpdated($id: ID!) {\n    studyGroupUpdated(id: $id) {\n      ...StudyGroupPage_studyGroup\n    }\n  }\n": types.StudyGroupUpdatedDocument,
    "\n  mutation CreateSubGroup($studyGroupId: ID!, $input: SubGroupInput!) {\n    createSubGroup(studyGroupId: $studyGroupId, input: $input) {\n      id\n      ...SubGroupCard_subGroup\n    }\n  }\n": types.CreateSubGroupDocument,
    "\n  mutation UpdateSubGroup($id: ID!, $input: SubGroupInput!) {\n    updateSubGroup(id: $id, input: $input) {\n      id\n      ...SubGroupCard_subGroup\n    }\n  }\n": types.UpdateSubGroupDocument,
    "\n  mutation RemoveSubGroup($id: ID!) {\n    removeSubGroup(id: $id) {\n      id\n      subGroups {\n        id\n      }\n    }\n  }\n": types.RemoveSubGroupDocument,
    "\n  mutation UpdateStudyGroup($id: ID!, $input: UpdateStudyGroupInput!) {\n    updateStudyGroup(id: $id, input: $input) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n": types.UpdateStudyGroupDocument,
    "\n  query StudyGroups {\n    studyGroups {\n      id\n      ...StudyGroupList_studyGroup\n    }\n  }\n": types.StudyGroupsDocument,
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
export function graphql(source: "\n  fragment AgendaPanel_meeting on Meeting {\n    id\n    status\n    timeZone\n    startDate\n    endDate\n    viewerCanManage\n    # A day's selection is spelled out rather than a fragment of its own: each fragment level counts\n    # twice against the API's query depth limit. Mutations returning a day select the same.\n    agendaDays {\n      id\n      date\n      items {\n        id\n        ...AgendaItem_item\n      }\n    }\n    agendaWarnings {\n      kind\n      message\n      itemIds\n      personId\n    }\n    agendaChanges {\n      id\n      at\n      summary\n      by {\n        id\n        name\n        honorific\n      }\n    }\n    participants {\n      id\n      state\n      person {\n        id\n        name\n        honorific\n        sortName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaPanel_meeting on Meeting {\n    id\n    status\n    timeZone\n    startDate\n    endDate\n    viewerCanManage\n    # A day's selection is spelled out rather than a fragment of its own: each fragment level counts\n    # twice against the API's query depth limit. Mutations returning a day select the same.\n    agendaDays {\n      id\n      date\n      items {\n        id\n        ...AgendaItem_item\n      }\n    }\n    agendaWarnings {\n      kind\n      message\n      itemIds\n      personId\n    }\n    agendaChanges {\n      id\n      at\n      summary\n      by {\n        id\n        name\n        honorific\n      }\n    }\n    participants {\n      id\n      state\n      person {\n        id\n        name\n        honorific\n        sortName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaItem_item on AgendaItem {\n    id\n    kind\n    title\n    startTime\n    endTime\n    startsAt\n    endsAt\n    subItems {\n      id\n      text\n    }\n    chair {\n      id\n      name\n      honorific\n    }\n    speakers {\n      role\n      person {\n        id\n        name\n        honorific\n      }\n    }\n    papers {\n      id\n      filename\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaItem_item on AgendaItem {\n    id\n    kind\n    title\n    startTime\n    endTime\n    startsAt\n    endsAt\n    subItems {\n      id\n      text\n    }\n    chair {\n      id\n      name\n      honorific\n    }\n    speakers {\n      role\n      person {\n        id\n        name\n        honorific\n      }\n    }\n    papers {\n      id\n      filename\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaDay($input: AddAgendaDayInput!) {\n    addAgendaDay(input: $input) {\n      id\n      date\n      items {\n        id\n        ...AgendaItem_item\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaDay($input: AddAgendaDayInput!) {\n    addAgendaDay(input: $input) {\n      id\n      date\n      items {\n        id\n        ...AgendaItem_item\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($dayId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(dayId: $dayId, input: $input) {\n      id\n      ...AgendaItem_item\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($dayId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(dayId: $dayId, input: $input) {\n      id\n      ...AgendaItem_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicateAgendaDay($id: ID!, $date: LocalDate!) {\n    duplicateAgendaDay(id: $id, date: $date) {\n      id\n      date\n      items {\n        id\n        ...AgendaItem_item\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DuplicateAgendaDay($id: ID!, $date: LocalDate!) {\n    duplicateAgendaDay(id: $id, date: $date) {\n      id\n      date\n      items {\n        id\n        ...AgendaItem_item\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAgendaItem($id: ID!, $input: MoveAgendaItemInput!) {\n    moveAgendaItem(id: $id, input: $input) {\n      id\n      items {\n        id\n        startsAt\n        endsAt\n        startTime\n        endTime\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAgendaItem($id: ID!, $input: MoveAgendaItemInput!) {\n    moveAgendaItem(id: $id, input: $input) {\n      id\n      items {\n        id\n        startsAt\n        endsAt\n        startTime\n        endTime\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaDay($id: ID!) {\n    removeAgendaDay(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveAgendaDay($id: ID!) {\n    removeAgendaDay(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgendaItem($id: ID!, $input: AgendaItemInput!) {\n    updateAgendaItem(id: $id, input: $input) {\n      id\n      ...AgendaItem_item\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgendaItem($id: ID!, $input: AgendaItemInput!) {\n    updateAgendaItem(id: $id, input: $input) {\n      id\n      ...AgendaItem_item\n    }\n  }\n"];
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
export function graphql(source: "\n  query CommentTable($id: ID!) {\n    document(id: $id) {\n      id\n      status\n      viewerCanEdit\n      version {\n        id\n        number\n        isWorking\n        paragraphs {\n          id\n          paragraphId\n          number\n          kind\n          text\n        }\n      }\n      rounds {\n        id\n        number\n        status\n        attribution\n        opensAt\n        closesAt\n        closedAt\n        versionNumber\n        undisposedCount\n        recipients {\n          id\n          response\n          responseNote\n          respondedAt\n          organization {\n            id\n            name\n            acronym\n          }\n          person {\n            id\n            name\n            honorific\n          }\n        }\n        comments {\n          id\n          kind\n          quote\n          body\n          disposition\n          reply\n          disposedAt\n          attributed\n          personalCapacity\n          paragraphId\n          answeredByParagraphId\n          paragraphThen {\n            number\n            text\n          }\n          author {\n            id\n            name\n            honorific\n          }\n          speaksFor {\n            id\n            name\n            acronym\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentTable($id: ID!) {\n    document(id: $id) {\n      id\n      status\n      viewerCanEdit\n      version {\n        id\n        number\n        isWorking\n        paragraphs {\n          id\n          paragraphId\n          number\n          kind\n          text\n        }\n      }\n      rounds {\n        id\n        number\n        status\n        attribution\n        opensAt\n        closesAt\n        closedAt\n        versionNumber\n        undisposedCount\n        recipients {\n          id\n          response\n          responseNote\n          respondedAt\n          organization {\n            id\n            name\n            acronym\n          }\n          person {\n            id\n            name\n            honorific\n          }\n        }\n        comments {\n          id\n          kind\n          quote\n          body\n          disposition\n          reply\n          disposedAt\n          attributed\n          personalCapacity\n          paragraphId\n          answeredByParagraphId\n          paragraphThen {\n            number\n            text\n          }\n          author {\n            id\n            name\n            honorific\n          }\n          speaksFor {\n            id\n            name\n            acronym\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisposeComments($input: DisposeCommentsInput!) {\n    disposeComments(input: $input) {\n      id\n      disposition\n      reply\n      disposedAt\n      answeredByParagraphId\n    }\n  }\n"): (typeof documents)["\n  mutation DisposeComments($input: DisposeCommentsInput!) {\n    disposeComments(input: $input) {\n      id\n      disposition\n      reply\n      disposedAt\n      answeredByParagraphId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentActions_document on Document {\n    id\n    title\n    status\n    viewerCanEdit\n    viewerCanDecide\n    viewerCanPublish\n    submittedTo {\n      id\n      name\n    }\n    studyGroup {\n      id\n      reportsTo {\n        id\n        name\n      }\n      committees {\n        role\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n    }\n    openRound {\n      id\n      number\n      status\n      closesAt\n    }\n    rounds {\n      id\n      number\n      status\n      undisposedCount\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentActions_document on Document {\n    id\n    title\n    status\n    viewerCanEdit\n    viewerCanDecide\n    viewerCanPublish\n    submittedTo {\n      id\n      name\n    }\n    studyGroup {\n      id\n      reportsTo {\n        id\n        name\n      }\n      committees {\n        role\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n    }\n    openRound {\n      id\n      number\n      status\n      closesAt\n    }\n    rounds {\n      id\n      number\n      status\n      undisposedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentActions($id: ID!) {\n    document(id: $id) {\n      id\n      ...DocumentActions_document\n    }\n  }\n"): (typeof documents)["\n  query DocumentActions($id: ID!) {\n    document(id: $id) {\n      id\n      ...DocumentActions_document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CirculateDocument($input: CirculateDocumentInput!) {\n    circulateDocument(input: $input) {\n      id\n      ...DocumentActions_document\n    }\n  }\n"): (typeof documents)["\n  mutation CirculateDocument($input: CirculateDocumentInput!) {\n    circulateDocument(input: $input) {\n      id\n      ...DocumentActions_document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCommentRound($id: ID!) {\n    closeCommentRound(id: $id) {\n      id\n      status\n      closedAt\n      closedAtDeadline\n      acceptingComments\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCommentRound($id: ID!) {\n    closeCommentRound(id: $id) {\n      id\n      status\n      closedAt\n      closedAtDeadline\n      acceptingComments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinaliseDocument($id: ID!) {\n    finaliseDocument(id: $id) {\n      id\n      ...DocumentActions_document\n    }\n  }\n"): (typeof documents)["\n  mutation FinaliseDocument($id: ID!) {\n    finaliseDocument(id: $id) {\n      id\n      ...DocumentActions_document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDocument($id: ID!) {\n    submitDocument(id: $id) {\n      id\n      submittedAt\n      ...DocumentActions_document\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitDocument($id: ID!) {\n    submitDocument(id: $id) {\n      id\n      submittedAt\n      ...DocumentActions_document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideDocument($input: DecideDocumentInput!) {\n    decideDocument(input: $input) {\n      id\n      ...DocumentActions_document\n    }\n  }\n"): (typeof documents)["\n  mutation DecideDocument($input: DecideDocumentInput!) {\n    decideDocument(input: $input) {\n      id\n      ...DocumentActions_document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishDocument($input: PublishDocumentInput!) {\n    publishDocument(input: $input) {\n      id\n      publishedAt\n      ...DocumentActions_document\n    }\n  }\n"): (typeof documents)["\n  mutation PublishDocument($input: PublishDocumentInput!) {\n    publishDocument(input: $input) {\n      id\n      publishedAt\n      ...DocumentActions_document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentDrafters($id: ID!) {\n    document(id: $id) {\n      id\n      viewerCanNameDrafters\n      drafters {\n        id\n        name\n        honorific\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentDrafters($id: ID!) {\n    document(id: $id) {\n      id\n      viewerCanNameDrafters\n      drafters {\n        id\n        name\n        honorific\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrafterChoices($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      participants {\n        id\n        person {\n          id\n          name\n          honorific\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrafterChoices($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      participants {\n        id\n        person {\n          id\n          name\n          honorific\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDocumentDrafters($input: SetDocumentDraftersInput!) {\n    setDocumentDrafters(input: $input) {\n      id\n      drafters {\n        id\n        name\n        honorific\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetDocumentDrafters($input: SetDocumentDraftersInput!) {\n    setDocumentDrafters(input: $input) {\n      id\n      drafters {\n        id\n        name\n        honorific\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentHistory($id: ID!) {\n    document(id: $id) {\n      id\n      history {\n        id\n        action\n        at\n        fromState\n        toState\n        actor {\n          id\n          name\n          honorific\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentHistory($id: ID!) {\n    document(id: $id) {\n      id\n      history {\n        id\n        action\n        at\n        fromState\n        toState\n        actor {\n          id\n          name\n          honorific\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentsSection_document on Document {\n    id\n    title\n    kind\n    status\n  }\n"): (typeof documents)["\n  fragment DocumentsSection_document on Document {\n    id\n    title\n    kind\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VersionCompareVersions($id: ID!) {\n    document(id: $id) {\n      id\n      versions {\n        id\n        number\n        isWorking\n        isFinal\n        round {\n          id\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VersionCompareVersions($id: ID!) {\n    document(id: $id) {\n      id\n      versions {\n        id\n        number\n        isWorking\n        isFinal\n        round {\n          id\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentComparison($documentId: ID!, $from: Int!, $to: Int!) {\n    documentComparison(documentId: $documentId, from: $from, to: $to) {\n      from\n      to\n      paragraphs {\n        paragraphId\n        number\n        kind\n        change\n        segments {\n          kind\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentComparison($documentId: ID!, $from: Int!, $to: Int!) {\n    documentComparison(documentId: $documentId, from: $from, to: $to) {\n      from\n      to\n      paragraphs {\n        paragraphId\n        number\n        kind\n        change\n        segments {\n          kind\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentComment_comment on Comment {\n    id\n    kind\n    body\n    quote\n    attributed\n    author {\n      id\n      name\n    }\n    speaksFor {\n      id\n      name\n      acronym\n    }\n    personalCapacity\n    roundNumber\n    changedSince\n    disposition\n    reply\n    viewerIsAuthor\n    createdAt\n  }\n"): (typeof documents)["\n  fragment DocumentComment_comment on Comment {\n    id\n    kind\n    body\n    quote\n    attributed\n    author {\n      id\n      name\n    }\n    speaksFor {\n      id\n      name\n      acronym\n    }\n    personalCapacity\n    roundNumber\n    changedSince\n    disposition\n    reply\n    viewerIsAuthor\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentParagraph_paragraph on Paragraph {\n    id\n    paragraphId\n    kind\n    number\n    recommendationNumber\n    html\n    text\n    revision\n    updatedAt\n    updatedBy {\n      id\n      name\n    }\n    addressees {\n      kind\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n    issueAreas\n    comments {\n      id\n      ...DocumentComment_comment\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentParagraph_paragraph on Paragraph {\n    id\n    paragraphId\n    kind\n    number\n    recommendationNumber\n    html\n    text\n    revision\n    updatedAt\n    updatedBy {\n      id\n      name\n    }\n    addressees {\n      kind\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n    issueAreas\n    comments {\n      id\n      ...DocumentComment_comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentVersionText_version on DocumentVersion {\n    id\n    number\n    isWorking\n    isFinal\n    frozenAt\n    round {\n      id\n      number\n    }\n    paragraphs {\n      id\n      ...DocumentParagraph_paragraph\n    }\n    removedParagraphs {\n      paragraphId\n      number\n      text\n      comments {\n        id\n        ...DocumentComment_comment\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentVersionText_version on DocumentVersion {\n    id\n    number\n    isWorking\n    isFinal\n    frozenAt\n    round {\n      id\n      number\n    }\n    paragraphs {\n      id\n      ...DocumentParagraph_paragraph\n    }\n    removedParagraphs {\n      paragraphId\n      number\n      text\n      comments {\n        id\n        ...DocumentComment_comment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentOpenRound_round on CommentRound {\n    id\n    number\n    versionNumber\n    status\n    opensAt\n    closesAt\n    acceptingComments\n    attribution\n    instructions\n    viewerRecipients {\n      id\n      response\n      responseNote\n      respondedAt\n      organization {\n        id\n        name\n        acronym\n      }\n      person {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentOpenRound_round on CommentRound {\n    id\n    number\n    versionNumber\n    status\n    opensAt\n    closesAt\n    acceptingComments\n    attribution\n    instructions\n    viewerRecipients {\n      id\n      response\n      responseNote\n      respondedAt\n      organization {\n        id\n        name\n        acronym\n      }\n      person {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentPage_document on Document {\n    id\n    title\n    kind\n    status\n    viewerCanEdit\n    viewerCanSeeDraft\n    viewerCommittees {\n      id\n      name\n      acronym\n    }\n    studyGroup {\n      id\n      title\n    }\n    meeting {\n      id\n      title\n    }\n    versions {\n      id\n      number\n      isWorking\n      isFinal\n      frozenAt\n    }\n    rounds {\n      id\n      number\n    }\n    openRound {\n      id\n      ...DocumentOpenRound_round\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentPage_document on Document {\n    id\n    title\n    kind\n    status\n    viewerCanEdit\n    viewerCanSeeDraft\n    viewerCommittees {\n      id\n      name\n      acronym\n    }\n    studyGroup {\n      id\n      title\n    }\n    meeting {\n      id\n      title\n    }\n    versions {\n      id\n      number\n      isWorking\n      isFinal\n      frozenAt\n    }\n    rounds {\n      id\n      number\n    }\n    openRound {\n      id\n      ...DocumentOpenRound_round\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentPage($id: ID!) {\n    document(id: $id) {\n      id\n      ...DocumentPage_document\n    }\n  }\n"): (typeof documents)["\n  query DocumentPage($id: ID!) {\n    document(id: $id) {\n      id\n      ...DocumentPage_document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentVersionText($id: ID!, $number: Int) {\n    document(id: $id) {\n      id\n      version(number: $number) {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentVersionText($id: ID!, $number: Int) {\n    document(id: $id) {\n      id\n      version(number: $number) {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      id\n      ...DocumentComment_comment\n    }\n  }\n"): (typeof documents)["\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      id\n      ...DocumentComment_comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($id: ID!, $input: EditCommentInput!) {\n    editComment(id: $id, input: $input) {\n      id\n      ...DocumentComment_comment\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($id: ID!, $input: EditCommentInput!) {\n    editComment(id: $id, input: $input) {\n      id\n      ...DocumentComment_comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawComment($id: ID!) {\n    withdrawComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation WithdrawComment($id: ID!) {\n    withdrawComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      id\n      title\n      kind\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      id\n      title\n      kind\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DocumentEvents($id: ID!) {\n    documentEvents(id: $id) {\n      documentId\n      kind\n      presence {\n        paragraphId\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription DocumentEvents($id: ID!) {\n    documentEvents(id: $id) {\n      documentId\n      kind\n      presence {\n        paragraphId\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddParagraph($input: AddParagraphInput!) {\n    addParagraph(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddParagraph($input: AddParagraphInput!) {\n    addParagraph(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveParagraph($input: SaveParagraphInput!) {\n    saveParagraph(input: $input) {\n      id\n      ...DocumentParagraph_paragraph\n    }\n  }\n"): (typeof documents)["\n  mutation SaveParagraph($input: SaveParagraphInput!) {\n    saveParagraph(input: $input) {\n      id\n      ...DocumentParagraph_paragraph\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitParagraph($input: SplitParagraphInput!) {\n    splitParagraph(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SplitParagraph($input: SplitParagraphInput!) {\n    splitParagraph(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeParagraphs($input: MergeParagraphsInput!) {\n    mergeParagraphs(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeParagraphs($input: MergeParagraphsInput!) {\n    mergeParagraphs(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveParagraph($input: MoveParagraphInput!) {\n    moveParagraph(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveParagraph($input: MoveParagraphInput!) {\n    moveParagraph(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteParagraph($input: DeleteParagraphInput!) {\n    deleteParagraph(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteParagraph($input: DeleteParagraphInput!) {\n    deleteParagraph(input: $input) {\n      id\n      status\n      version {\n        id\n        ...DocumentVersionText_version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDocumentPresence($documentId: ID!, $paragraphId: ID) {\n    setDocumentPresence(documentId: $documentId, paragraphId: $paragraphId)\n  }\n"): (typeof documents)["\n  mutation SetDocumentPresence($documentId: ID!, $paragraphId: ID) {\n    setDocumentPresence(documentId: $documentId, paragraphId: $paragraphId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToRound($input: RespondToRoundInput!) {\n    respondToRound(input: $input) {\n      id\n      response\n      responseNote\n      respondedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToRound($input: RespondToRoundInput!) {\n    respondToRound(input: $input) {\n      id\n      response\n      responseNote\n      respondedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarSubscription_meeting on Meeting {\n    id\n    calendarFeedUrl\n  }\n"): (typeof documents)["\n  fragment CalendarSubscription_meeting on Meeting {\n    id\n    calendarFeedUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditMeetingButton_meeting on Meeting {\n    id\n    version\n    title\n    kind\n    track\n    venue\n    city\n    country\n    timeZone\n    startDate\n    endDate\n    background\n    objectives\n    participantCategories\n    confidentiality\n    sequenceNumber\n    viewerCanManage\n    organizers {\n      id\n    }\n    host {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment EditMeetingButton_meeting on Meeting {\n    id\n    version\n    title\n    kind\n    track\n    venue\n    city\n    country\n    timeZone\n    startDate\n    endDate\n    background\n    objectives\n    participantCategories\n    confidentiality\n    sequenceNumber\n    viewerCanManage\n    organizers {\n      id\n    }\n    host {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingDetails_meeting on Meeting {\n    id\n    kind\n    track\n    startDate\n    endDate\n    venue\n    city\n    country\n    timeZone\n    confidentiality\n    sequenceNumber\n    viewerRoles\n    organizers {\n      id\n      name\n      acronym\n    }\n    host {\n      id\n      name\n      acronym\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingDetails_meeting on Meeting {\n    id\n    kind\n    track\n    startDate\n    endDate\n    venue\n    city\n    country\n    timeZone\n    confidentiality\n    sequenceNumber\n    viewerRoles\n    organizers {\n      id\n      name\n      acronym\n    }\n    host {\n      id\n      name\n      acronym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingList_meeting on Meeting {\n    id\n    title\n    kind\n    startDate\n    endDate\n    venue\n    city\n    country\n    status\n    viewerRoles\n    organizers {\n      id\n      name\n      acronym\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingList_meeting on Meeting {\n    id\n    title\n    kind\n    startDate\n    endDate\n    venue\n    city\n    country\n    status\n    viewerRoles\n    organizers {\n      id\n      name\n      acronym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingOverview_meeting on Meeting {\n    id\n    background\n    objectives\n    participantCategories\n  }\n"): (typeof documents)["\n  fragment MeetingOverview_meeting on Meeting {\n    id\n    background\n    objectives\n    participantCategories\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingStatusActions_meeting on Meeting {\n    id\n    status\n    nextStatuses\n    viewerCanManage\n    report {\n      id\n    }\n    agendaWarnings {\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingStatusActions_meeting on Meeting {\n    id\n    status\n    nextStatuses\n    viewerCanManage\n    report {\n      id\n    }\n    agendaWarnings {\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMeetingStatus($id: ID!, $input: ChangeMeetingStatusInput!) {\n    changeMeetingStatus(id: $id, input: $input) {\n      id\n      status\n      nextStatuses\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMeetingStatus($id: ID!, $input: ChangeMeetingStatusInput!) {\n    changeMeetingStatus(id: $id, input: $input) {\n      id\n      status\n      nextStatuses\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      ...MeetingDetails_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      ...MeetingDetails_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingUpdated($id: ID!) {\n    meetingUpdated(id: $id) {\n      id\n      title\n      kind\n      status\n      startDate\n      endDate\n      viewerRoles\n      viewerCanManage\n      confidentiality\n      seriesLabel\n      studyGroup {\n        id\n        title\n      }\n      viewerCanWriteReport\n      report {\n        id\n      }\n      documents {\n        ...DocumentsSection_document\n      }\n      participants {\n        id\n        state\n        person {\n          id\n        }\n      }\n      ...MeetingDetails_meeting\n      ...MeetingOverview_meeting\n      ...CalendarSubscription_meeting\n      ...EditMeetingButton_meeting\n      ...MeetingStatusActions_meeting\n      ...AgendaPanel_meeting\n      ...ParticipantsPanel_meeting\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingUpdated($id: ID!) {\n    meetingUpdated(id: $id) {\n      id\n      title\n      kind\n      status\n      startDate\n      endDate\n      viewerRoles\n      viewerCanManage\n      confidentiality\n      seriesLabel\n      studyGroup {\n        id\n        title\n      }\n      viewerCanWriteReport\n      report {\n        id\n      }\n      documents {\n        ...DocumentsSection_document\n      }\n      participants {\n        id\n        state\n        person {\n          id\n        }\n      }\n      ...MeetingDetails_meeting\n      ...MeetingOverview_meeting\n      ...CalendarSubscription_meeting\n      ...EditMeetingButton_meeting\n      ...MeetingStatusActions_meeting\n      ...AgendaPanel_meeting\n      ...ParticipantsPanel_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n      ...MeetingDetails_meeting\n      ...MeetingOverview_meeting\n      ...EditMeetingButton_meeting\n      ...MeetingList_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n      ...MeetingDetails_meeting\n      ...MeetingOverview_meeting\n      ...EditMeetingButton_meeting\n      ...MeetingList_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      kind\n      status\n      startDate\n      endDate\n      viewerRoles\n      viewerCanManage\n      confidentiality\n      seriesLabel\n      studyGroup {\n        id\n        title\n      }\n      viewerCanWriteReport\n      report {\n        id\n      }\n      documents {\n        ...DocumentsSection_document\n      }\n      participants {\n        id\n        state\n        person {\n          id\n        }\n      }\n      ...MeetingDetails_meeting\n      ...MeetingOverview_meeting\n      ...CalendarSubscription_meeting\n      ...EditMeetingButton_meeting\n      ...MeetingStatusActions_meeting\n      ...AgendaPanel_meeting\n      ...ParticipantsPanel_meeting\n    }\n  }\n"): (typeof documents)["\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      kind\n      status\n      startDate\n      endDate\n      viewerRoles\n      viewerCanManage\n      confidentiality\n      seriesLabel\n      studyGroup {\n        id\n        title\n      }\n      viewerCanWriteReport\n      report {\n        id\n      }\n      documents {\n        ...DocumentsSection_document\n      }\n      participants {\n        id\n        state\n        person {\n          id\n        }\n      }\n      ...MeetingDetails_meeting\n      ...MeetingOverview_meeting\n      ...CalendarSubscription_meeting\n      ...EditMeetingButton_meeting\n      ...MeetingStatusActions_meeting\n      ...AgendaPanel_meeting\n      ...ParticipantsPanel_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings {\n    meetings {\n      id\n      ...MeetingList_meeting\n    }\n  }\n"): (typeof documents)["\n  query Meetings {\n    meetings {\n      id\n      ...MeetingList_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationList_notification on Notification {\n    id\n    title\n    body\n    path\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationList_notification on Notification {\n    id\n    title\n    body\n    path\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($limit: Int!) {\n    notifications(limit: $limit) {\n      id\n      ...NotificationList_notification\n    }\n  }\n"): (typeof documents)["\n  query Notifications($limit: Int!) {\n    notifications(limit: $limit) {\n      id\n      ...NotificationList_notification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      label\n      delivery\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      label\n      delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      label\n      delivery\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      label\n      delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationEvents {\n    notificationEvents {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationEvents {\n    notificationEvents {\n      unreadCount\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingOutbox($id: ID!) {\n    meeting(id: $id) {\n      id\n      outbox {\n        id\n        kind\n        to\n        toName\n        subject\n        body\n        createdAt\n        sentAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingOutbox($id: ID!) {\n    meeting(id: $id) {\n      id\n      outbox {\n        id\n        kind\n        to\n        toName\n        subject\n        body\n        createdAt\n        sentAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportParticipantsDialog_row on ParticipantImportRow {\n    rowNumber\n    name\n    email\n    role\n    errors\n  }\n"): (typeof documents)["\n  fragment ImportParticipantsDialog_row on ParticipantImportRow {\n    rowNumber\n    name\n    email\n    role\n    errors\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantsPanel_meeting on Meeting {\n    id\n    status\n    viewerRoles\n    viewerCanManage\n    participantCategories\n    participants {\n      id\n      ...ParticipantRow_participation\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipantsPanel_meeting on Meeting {\n    id\n    status\n    viewerRoles\n    viewerCanManage\n    participantCategories\n    participants {\n      id\n      ...ParticipantRow_participation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RsvpRoute_invitation on InvitationPreview {\n    personName\n    meetingTitle\n    startDate\n    endDate\n    venue\n    city\n    timeZone\n    role\n    state\n    open\n    hasAccount\n  }\n"): (typeof documents)["\n  fragment RsvpRoute_invitation on InvitationPreview {\n    personName\n    meetingTitle\n    startDate\n    endDate\n    venue\n    city\n    timeZone\n    role\n    state\n    open\n    hasAccount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingInvitation($token: String!) {\n    meetingInvitation(token: $token) {\n      ...RsvpRoute_invitation\n    }\n  }\n"): (typeof documents)["\n  query MeetingInvitation($token: String!) {\n    meetingInvitation(token: $token) {\n      ...RsvpRoute_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantRow_participation on Participation {\n    id\n    role\n    state\n    category\n    travelSupport\n    email\n    respondedAt\n    person {\n      id\n      name\n      sortName\n      honorific\n      title\n      affiliation {\n        id\n        name\n        acronym\n        country\n      }\n    }\n    representing {\n      id\n      name\n      acronym\n      country\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipantRow_participation on Participation {\n    id\n    role\n    state\n    category\n    travelSupport\n    email\n    respondedAt\n    person {\n      id\n      name\n      sortName\n      honorific\n      title\n      affiliation {\n        id\n        name\n        acronym\n        country\n      }\n    }\n    representing {\n      id\n      name\n      acronym\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportParticipants($meetingId: ID!, $csv: String!) {\n    importParticipants(meetingId: $meetingId, csv: $csv) {\n      id\n      ...ParticipantRow_participation\n    }\n  }\n"): (typeof documents)["\n  mutation ImportParticipants($meetingId: ID!, $csv: String!) {\n    importParticipants(meetingId: $meetingId, csv: $csv) {\n      id\n      ...ParticipantRow_participation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteParticipant($meetingId: ID!, $input: InviteParticipantInput!) {\n    inviteParticipant(meetingId: $meetingId, input: $input) {\n      id\n      ...ParticipantRow_participation\n    }\n  }\n"): (typeof documents)["\n  mutation InviteParticipant($meetingId: ID!, $input: InviteParticipantInput!) {\n    inviteParticipant(meetingId: $meetingId, input: $input) {\n      id\n      ...ParticipantRow_participation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAttendance($id: ID!, $attended: Boolean!) {\n    markAttendance(id: $id, attended: $attended) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAttendance($id: ID!, $attended: Boolean!) {\n    markAttendance(id: $id, attended: $attended) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleSearch($search: String) {\n    people(search: $search) {\n      id\n      name\n      sortName\n      honorific\n      title\n      affiliation {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleSearch($search: String) {\n    people(search: $search) {\n      id\n      name\n      sortName\n      honorific\n      title\n      affiliation {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewParticipantImport($meetingId: ID!, $csv: String!) {\n    previewParticipantImport(meetingId: $meetingId, csv: $csv) {\n      ...ImportParticipantsDialog_row\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewParticipantImport($meetingId: ID!, $csv: String!) {\n    previewParticipantImport(meetingId: $meetingId, csv: $csv) {\n      ...ImportParticipantsDialog_row\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveParticipation($id: ID!) {\n    removeParticipation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveParticipation($id: ID!) {\n    removeParticipation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToInvitation($meetingId: ID!, $response: InvitationState!) {\n    replyToInvitation(meetingId: $meetingId, response: $response) {\n      id\n      state\n      respondedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToInvitation($meetingId: ID!, $response: InvitationState!) {\n    replyToInvitation(meetingId: $meetingId, response: $response) {\n      id\n      state\n      respondedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToInvitation($input: RespondToInvitationInput!) {\n    respondToInvitation(input: $input) {\n      ...RsvpRoute_invitation\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToInvitation($input: RespondToInvitationInput!) {\n    respondToInvitation(input: $input) {\n      ...RsvpRoute_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateParticipation($id: ID!, $input: UpdateParticipationInput!) {\n    updateParticipation(id: $id, input: $input) {\n      id\n      ...ParticipantRow_participation\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateParticipation($id: ID!, $input: UpdateParticipationInput!) {\n    updateParticipation(id: $id, input: $input) {\n      id\n      ...ParticipantRow_participation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendationHistory_recommendation on Recommendation {\n    id\n    history {\n      id\n      fromStatus\n      toStatus\n      occurredOn\n      note\n      evidenceUrl\n      evidenceFile {\n        id\n        filename\n        url\n      }\n      recordedAt\n      recordedBy {\n        id\n        name\n        honorific\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RecommendationHistory_recommendation on Recommendation {\n    id\n    history {\n      id\n      fromStatus\n      toStatus\n      occurredOn\n      note\n      evidenceUrl\n      evidenceFile {\n        id\n        filename\n        url\n      }\n      recordedAt\n      recordedBy {\n        id\n        name\n        honorific\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordStepForm_recommendation on Recommendation {\n    id\n    status\n    adoptedOn\n    nextFollowUpOn\n    allowedNextStatuses\n    history {\n      id\n      occurredOn\n    }\n  }\n"): (typeof documents)["\n  fragment RecordStepForm_recommendation on Recommendation {\n    id\n    status\n    adoptedOn\n    nextFollowUpOn\n    allowedNextStatuses\n    history {\n      id\n      occurredOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpControl_recommendation on Recommendation {\n    id\n    status\n    adoptedOn\n    nextFollowUpOn\n    overdue\n  }\n"): (typeof documents)["\n  fragment FollowUpControl_recommendation on Recommendation {\n    id\n    status\n    adoptedOn\n    nextFollowUpOn\n    overdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendationPage_recommendation on Recommendation {\n    id\n    number\n    sourceTitle\n    sourceUrl\n    text\n    status\n    issueAreas\n    adoptedOn\n    nextFollowUpOn\n    overdue\n    paragraphId\n    viewerCanTrack\n    addressees {\n      kind\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n    responsible {\n      id\n      name\n      acronym\n    }\n    document {\n      id\n      title\n    }\n    studyGroup {\n      id\n      title\n    }\n    meeting {\n      id\n      title\n    }\n    ...RecommendationHistory_recommendation\n    ...RecordStepForm_recommendation\n    ...FollowUpControl_recommendation\n  }\n"): (typeof documents)["\n  fragment RecommendationPage_recommendation on Recommendation {\n    id\n    number\n    sourceTitle\n    sourceUrl\n    text\n    status\n    issueAreas\n    adoptedOn\n    nextFollowUpOn\n    overdue\n    paragraphId\n    viewerCanTrack\n    addressees {\n      kind\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n    responsible {\n      id\n      name\n      acronym\n    }\n    document {\n      id\n      title\n    }\n    studyGroup {\n      id\n      title\n    }\n    meeting {\n      id\n      title\n    }\n    ...RecommendationHistory_recommendation\n    ...RecordStepForm_recommendation\n    ...FollowUpControl_recommendation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationPage($id: ID!) {\n    recommendation(id: $id) {\n      id\n      ...RecommendationPage_recommendation\n    }\n  }\n"): (typeof documents)["\n  query RecommendationPage($id: ID!) {\n    recommendation(id: $id) {\n      id\n      ...RecommendationPage_recommendation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistryList_recommendation on Recommendation {\n    id\n    number\n    sourceTitle\n    text\n    status\n    issueAreas\n    nextFollowUpOn\n    overdue\n    addressees {\n      kind\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RegistryList_recommendation on Recommendation {\n    id\n    number\n    sourceTitle\n    text\n    status\n    issueAreas\n    nextFollowUpOn\n    overdue\n    addressees {\n      kind\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistryCounts_registry on RecommendationRegistry {\n    totalCount\n    overdueCount\n    statusCounts {\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment RegistryCounts_registry on RecommendationRegistry {\n    totalCount\n    overdueCount\n    statusCounts {\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistryCharts_registry on RecommendationRegistry {\n    byIssueArea {\n      issueArea\n      total\n      counts {\n        status\n        count\n      }\n    }\n    progress {\n      year\n      asOf\n      counts {\n        status\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RegistryCharts_registry on RecommendationRegistry {\n    byIssueArea {\n      issueArea\n      total\n      counts {\n        status\n        count\n      }\n    }\n    progress {\n      year\n      asOf\n      counts {\n        status\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationRegistry($filter: RecommendationFilterInput, $limit: Int!, $offset: Int!) {\n    recommendationRegistry(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      ...RegistryCounts_registry\n      ...RegistryCharts_registry\n      recommendations {\n        id\n        ...RegistryList_recommendation\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendationRegistry($filter: RecommendationFilterInput, $limit: Int!, $offset: Int!) {\n    recommendationRegistry(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      ...RegistryCounts_registry\n      ...RegistryCharts_registry\n      recommendations {\n        id\n        ...RegistryList_recommendation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryFilterOptions {\n    studyGroups {\n      id\n      title\n    }\n    meetings {\n      id\n      title\n      startDate\n    }\n    recommendationSources {\n      documentId\n      title\n    }\n  }\n"): (typeof documents)["\n  query RegistryFilterOptions {\n    studyGroups {\n      id\n      title\n    }\n    meetings {\n      id\n      title\n      startDate\n    }\n    recommendationSources {\n      documentId\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRecommendation($input: AddRecommendationInput!) {\n    addRecommendation(input: $input) {\n      id\n      ...RecommendationPage_recommendation\n    }\n  }\n"): (typeof documents)["\n  mutation AddRecommendation($input: AddRecommendationInput!) {\n    addRecommendation(input: $input) {\n      id\n      ...RecommendationPage_recommendation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRecommendationStatus($input: ChangeRecommendationStatusInput!) {\n    changeRecommendationStatus(input: $input) {\n      id\n      ...RecommendationPage_recommendation\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeRecommendationStatus($input: ChangeRecommendationStatusInput!) {\n    changeRecommendationStatus(input: $input) {\n      id\n      ...RecommendationPage_recommendation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRecommendationFollowUp($id: ID!, $nextFollowUpOn: LocalDate) {\n    setRecommendationFollowUp(id: $id, nextFollowUpOn: $nextFollowUpOn) {\n      id\n      nextFollowUpOn\n      overdue\n    }\n  }\n"): (typeof documents)["\n  mutation SetRecommendationFollowUp($id: ID!, $nextFollowUpOn: LocalDate) {\n    setRecommendationFollowUp(id: $id, nextFollowUpOn: $nextFollowUpOn) {\n      id\n      nextFollowUpOn\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItem_item on ActionItem {\n    id\n    title\n    dueDate\n    status\n    nextStatuses\n    ownerPerson {\n      id\n      name\n    }\n    ownerOrganization {\n      id\n      name\n      acronym\n    }\n  }\n"): (typeof documents)["\n  fragment ActionItem_item on ActionItem {\n    id\n    title\n    dueDate\n    status\n    nextStatuses\n    ownerPerson {\n      id\n      name\n    }\n    ownerOrganization {\n      id\n      name\n      acronym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportPanel_report on MeetingReport {\n    id\n    status\n    nextStatuses\n    revision\n    publishedAt\n    viewerCanEdit\n    attributionAllowed\n    current {\n      number\n      summary\n      createdAt\n      author {\n        id\n        name\n      }\n      sections {\n        agendaItemId\n        heading\n        text\n      }\n    }\n    participation {\n      experts\n      memberCommittees\n      otherOrganizations\n      attendanceMarked\n      sentence\n    }\n    attributionWarnings {\n      location\n      personName\n      excerpt\n    }\n    revisions {\n      number\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n    actionItems {\n      id\n      ...ActionItem_item\n    }\n  }\n"): (typeof documents)["\n  fragment ReportPanel_report on MeetingReport {\n    id\n    status\n    nextStatuses\n    revision\n    publishedAt\n    viewerCanEdit\n    attributionAllowed\n    current {\n      number\n      summary\n      createdAt\n      author {\n        id\n        name\n      }\n      sections {\n        agendaItemId\n        heading\n        text\n      }\n    }\n    participation {\n      experts\n      memberCommittees\n      otherOrganizations\n      attendanceMarked\n      sentence\n    }\n    attributionWarnings {\n      location\n      personName\n      excerpt\n    }\n    revisions {\n      number\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n    actionItems {\n      id\n      ...ActionItem_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingReportPanel($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      status\n      viewerCanWriteReport\n      report {\n        id\n        ...ReportPanel_report\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingReportPanel($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      status\n      viewerCanWriteReport\n      report {\n        id\n        ...ReportPanel_report\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionItemOwners($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      participants {\n        id\n        person {\n          id\n          name\n        }\n        representing {\n          id\n          name\n          acronym\n        }\n      }\n      studyGroup {\n        id\n        committees {\n          organization {\n            id\n            name\n            acronym\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionItemOwners($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      participants {\n        id\n        person {\n          id\n          name\n        }\n        representing {\n          id\n          name\n          acronym\n        }\n      }\n      studyGroup {\n        id\n        committees {\n          organization {\n            id\n            name\n            acronym\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportComparison($reportId: ID!, $from: Int!, $to: Int!) {\n    reportComparison(reportId: $reportId, from: $from, to: $to) {\n      from\n      to\n      summary {\n        kind\n        text\n      }\n      sections {\n        heading\n        segments {\n          kind\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportComparison($reportId: ID!, $from: Int!, $to: Int!) {\n    reportComparison(reportId: $reportId, from: $from, to: $to) {\n      from\n      to\n      summary {\n        kind\n        text\n      }\n      sections {\n        heading\n        segments {\n          kind\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActionItem($reportId: ID!, $input: ActionItemInput!) {\n    addActionItem(reportId: $reportId, input: $input) {\n      id\n      ...ActionItem_item\n    }\n  }\n"): (typeof documents)["\n  mutation AddActionItem($reportId: ID!, $input: ActionItemInput!) {\n    addActionItem(reportId: $reportId, input: $input) {\n      id\n      ...ActionItem_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionItem($id: ID!, $input: ActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      id\n      ...ActionItem_item\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActionItem($id: ID!, $input: ActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      id\n      ...ActionItem_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveActionItem($id: ID!) {\n    removeActionItem(id: $id) {\n      id\n      actionItems {\n        id\n        ...ActionItem_item\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveActionItem($id: ID!) {\n    removeActionItem(id: $id) {\n      id\n      actionItems {\n        id\n        ...ActionItem_item\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeActionItemStatus($id: ID!, $input: ChangeActionItemStatusInput!) {\n    changeActionItemStatus(id: $id, input: $input) {\n      id\n      ...ActionItem_item\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeActionItemStatus($id: ID!, $input: ChangeActionItemStatusInput!) {\n    changeActionItemStatus(id: $id, input: $input) {\n      id\n      ...ActionItem_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMeetingReportStatus($id: ID!, $input: ChangeMeetingReportStatusInput!) {\n    changeMeetingReportStatus(id: $id, input: $input) {\n      id\n      ...ReportPanel_report\n      meeting {\n        id\n        status\n        nextStatuses\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMeetingReportStatus($id: ID!, $input: ChangeMeetingReportStatusInput!) {\n    changeMeetingReportStatus(id: $id, input: $input) {\n      id\n      ...ReportPanel_report\n      meeting {\n        id\n        status\n        nextStatuses\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMeetingReport($input: SaveMeetingReportInput!) {\n    saveMeetingReport(input: $input) {\n      id\n      revision\n      ...ReportPanel_report\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMeetingReport($input: SaveMeetingReportInput!) {\n    saveMeetingReport(input: $input) {\n      id\n      revision\n      ...ReportPanel_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMeetingReport($meetingId: ID!) {\n    startMeetingReport(meetingId: $meetingId) {\n      id\n      ...ReportPanel_report\n      meeting {\n        id\n        report {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartMeetingReport($meetingId: ID!) {\n    startMeetingReport(meetingId: $meetingId) {\n      id\n      ...ReportPanel_report\n      meeting {\n        id\n        report {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPage($id: ID!) {\n    meetingReport(id: $id) {\n      id\n      status\n      publishedAt\n      reportedMeeting {\n        id\n        title\n        venue\n        city\n        country\n        startDate\n        endDate\n        confidentiality\n      }\n      meeting {\n        id\n      }\n      studyGroup {\n        id\n        title\n      }\n      current {\n        number\n        summary\n        sections {\n          agendaItemId\n          heading\n          text\n        }\n      }\n      participation {\n        sentence\n        attendanceMarked\n      }\n      actionItems {\n        id\n        ...ActionItem_item\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportPage($id: ID!) {\n    meetingReport(id: $id) {\n      id\n      status\n      publishedAt\n      reportedMeeting {\n        id\n        title\n        venue\n        city\n        country\n        startDate\n        endDate\n        confidentiality\n      }\n      meeting {\n        id\n      }\n      studyGroup {\n        id\n        title\n      }\n      current {\n        number\n        summary\n        sections {\n          agendaItemId\n          heading\n          text\n        }\n      }\n      participation {\n        sentence\n        attendanceMarked\n      }\n      actionItems {\n        id\n        ...ActionItem_item\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchResults_hit on SearchHit {\n    id\n    kind\n    title\n    context\n    snippet\n    path\n  }\n"): (typeof documents)["\n  fragment SearchResults_hit on SearchHit {\n    id\n    kind\n    title\n    context\n    snippet\n    path\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $limit: Int!) {\n    search(query: $query, limit: $limit) {\n      id\n      ...SearchResults_hit\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $limit: Int!) {\n    search(query: $query, limit: $limit) {\n      id\n      ...SearchResults_hit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudyGroupCommittees_studyGroup on StudyGroup {\n    id\n    viewerCanManage\n    viewerNamesMembersFor {\n      id\n      name\n      acronym\n    }\n    committees {\n      role\n      organization {\n        id\n        name\n        acronym\n      }\n      focalPoints {\n        id\n        name\n        honorific\n        sortName\n      }\n    }\n    members {\n      id\n      role\n      person {\n        id\n        name\n        honorific\n        sortName\n      }\n      representing {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StudyGroupCommittees_studyGroup on StudyGroup {\n    id\n    viewerCanManage\n    viewerNamesMembersFor {\n      id\n      name\n      acronym\n    }\n    committees {\n      role\n      organization {\n        id\n        name\n        acronym\n      }\n      focalPoints {\n        id\n        name\n        honorific\n        sortName\n      }\n    }\n    members {\n      id\n      role\n      person {\n        id\n        name\n        honorific\n        sortName\n      }\n      representing {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudyGroupList_studyGroup on StudyGroup {\n    id\n    title\n    status\n    startDate\n    endDate\n    viewerRoles\n    council {\n      id\n      name\n      acronym\n    }\n  }\n"): (typeof documents)["\n  fragment StudyGroupList_studyGroup on StudyGroup {\n    id\n    title\n    status\n    startDate\n    endDate\n    viewerRoles\n    council {\n      id\n      name\n      acronym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudyGroupMeetings_studyGroup on StudyGroup {\n    id\n    title\n    status\n    startDate\n    endDate\n    viewerCanManage\n    committees {\n      role\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n    meetingPlans {\n      id\n      sequence\n      label\n      expectedMonth\n      city\n      country\n      scheduled\n      host {\n        id\n        name\n        acronym\n      }\n      schedule {\n        title\n        venue\n        startDate\n        endDate\n        status\n      }\n      meeting {\n        id\n      }\n      report {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StudyGroupMeetings_studyGroup on StudyGroup {\n    id\n    title\n    status\n    startDate\n    endDate\n    viewerCanManage\n    committees {\n      role\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n    meetingPlans {\n      id\n      sequence\n      label\n      expectedMonth\n      city\n      country\n      scheduled\n      host {\n        id\n        name\n        acronym\n      }\n      schedule {\n        title\n        venue\n        startDate\n        endDate\n        status\n      }\n      meeting {\n        id\n      }\n      report {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudyGroupOutputs_studyGroup on StudyGroup {\n    id\n    viewerCanManage\n    documents {\n      ...DocumentsSection_document\n    }\n    reports {\n      id\n      status\n      publishedAt\n      reportedMeeting {\n        id\n        title\n      }\n      meeting {\n        id\n      }\n    }\n    openActionItems {\n      id\n      title\n      dueDate\n      status\n      ownerPerson {\n        id\n        name\n        honorific\n      }\n      ownerOrganization {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StudyGroupOutputs_studyGroup on StudyGroup {\n    id\n    viewerCanManage\n    documents {\n      ...DocumentsSection_document\n    }\n    reports {\n      id\n      status\n      publishedAt\n      reportedMeeting {\n        id\n        title\n      }\n      meeting {\n        id\n      }\n    }\n    openActionItems {\n      id\n      title\n      dueDate\n      status\n      ownerPerson {\n        id\n        name\n        honorific\n      }\n      ownerOrganization {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudyGroupOverview_studyGroup on StudyGroup {\n    id\n    version\n    title\n    startDate\n    endDate\n    viewerCanManage\n    reportsTo {\n      id\n    }\n    background\n    objectives\n    principles {\n      name\n      description\n    }\n    anticipatedOutputs\n  }\n"): (typeof documents)["\n  fragment StudyGroupOverview_studyGroup on StudyGroup {\n    id\n    version\n    title\n    startDate\n    endDate\n    viewerCanManage\n    reportsTo {\n      id\n    }\n    background\n    objectives\n    principles {\n      name\n      description\n    }\n    anticipatedOutputs\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudyGroupStatusActions_studyGroup on StudyGroup {\n    id\n    status\n    nextStatuses\n    viewerCanManage\n    reportsTo {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment StudyGroupStatusActions_studyGroup on StudyGroup {\n    id\n    status\n    nextStatuses\n    viewerCanManage\n    reportsTo {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubGroupCard_subGroup on SubGroup {\n    id\n    title\n    mandate\n    members {\n      id\n      name\n      honorific\n      sortName\n    }\n  }\n"): (typeof documents)["\n  fragment SubGroupCard_subGroup on SubGroup {\n    id\n    title\n    mandate\n    members {\n      id\n      name\n      honorific\n      sortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubGroups_studyGroup on StudyGroup {\n    id\n    viewerCanManage\n    members {\n      id\n      person {\n        id\n        name\n        honorific\n        sortName\n      }\n    }\n    subGroups {\n      id\n      ...SubGroupCard_subGroup\n    }\n  }\n"): (typeof documents)["\n  fragment SubGroups_studyGroup on StudyGroup {\n    id\n    viewerCanManage\n    members {\n      id\n      person {\n        id\n        name\n        honorific\n        sortName\n      }\n    }\n    subGroups {\n      id\n      ...SubGroupCard_subGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudyGroupPage_studyGroup on StudyGroup {\n    id\n    title\n    status\n    startDate\n    endDate\n    council {\n      id\n      name\n      acronym\n    }\n    reportsTo {\n      id\n      name\n      acronym\n    }\n    ...StudyGroupStatusActions_studyGroup\n    ...StudyGroupOverview_studyGroup\n    ...StudyGroupCommittees_studyGroup\n    ...StudyGroupMeetings_studyGroup\n    ...SubGroups_studyGroup\n    ...StudyGroupOutputs_studyGroup\n  }\n"): (typeof documents)["\n  fragment StudyGroupPage_studyGroup on StudyGroup {\n    id\n    title\n    status\n    startDate\n    endDate\n    council {\n      id\n      name\n      acronym\n    }\n    reportsTo {\n      id\n      name\n      acronym\n    }\n    ...StudyGroupStatusActions_studyGroup\n    ...StudyGroupOverview_studyGroup\n    ...StudyGroupCommittees_studyGroup\n    ...StudyGroupMeetings_studyGroup\n    ...SubGroups_studyGroup\n    ...StudyGroupOutputs_studyGroup\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyGroup($id: ID!) {\n    studyGroup(id: $id) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n"): (typeof documents)["\n  query StudyGroup($id: ID!) {\n    studyGroup(id: $id) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeStudyGroupStatus($id: ID!, $input: ChangeStudyGroupStatusInput!) {\n    changeStudyGroupStatus(id: $id, input: $input) {\n      id\n      status\n      nextStatuses\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeStudyGroupStatus($id: ID!, $input: ChangeStudyGroupStatusInput!) {\n    changeStudyGroupStatus(id: $id, input: $input) {\n      id\n      status\n      nextStatuses\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStudyGroup($input: CreateStudyGroupInput!) {\n    createStudyGroup(input: $input) {\n      id\n      ...StudyGroupList_studyGroup\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStudyGroup($input: CreateStudyGroupInput!) {\n    createStudyGroup(input: $input) {\n      id\n      ...StudyGroupList_studyGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanStudyGroupMeeting($studyGroupId: ID!, $input: MeetingPlanInput!) {\n    planStudyGroupMeeting(studyGroupId: $studyGroupId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PlanStudyGroupMeeting($studyGroupId: ID!, $input: MeetingPlanInput!) {\n    planStudyGroupMeeting(studyGroupId: $studyGroupId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMeetingPlan($id: ID!) {\n    removeMeetingPlan(id: $id) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMeetingPlan($id: ID!) {\n    removeMeetingPlan(id: $id) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleStudyGroupMeeting($input: ScheduleMeetingInput!) {\n    scheduleStudyGroupMeeting(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleStudyGroupMeeting($input: ScheduleMeetingInput!) {\n    scheduleStudyGroupMeeting(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStudyGroupCommittee($input: SetStudyGroupCommitteeInput!) {\n    setStudyGroupCommittee(input: $input) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n"): (typeof documents)["\n  mutation SetStudyGroupCommittee($input: SetStudyGroupCommitteeInput!) {\n    setStudyGroupCommittee(input: $input) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveStudyGroupCommittee($studyGroupId: ID!, $organizationId: ID!) {\n    removeStudyGroupCommittee(studyGroupId: $studyGroupId, organizationId: $organizationId) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveStudyGroupCommittee($studyGroupId: ID!, $organizationId: ID!) {\n    removeStudyGroupCommittee(studyGroupId: $studyGroupId, organizationId: $organizationId) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStudyGroupMember($input: AddStudyGroupMemberInput!) {\n    addStudyGroupMember(input: $input) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n"): (typeof documents)["\n  mutation AddStudyGroupMember($input: AddStudyGroupMemberInput!) {\n    addStudyGroupMember(input: $input) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveStudyGroupMember($id: ID!) {\n    removeStudyGroupMember(id: $id) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveStudyGroupMember($id: ID!) {\n    removeStudyGroupMember(id: $id) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyGroupFormOrganizations {\n    organizations {\n      id\n      name\n      acronym\n      kind\n    }\n  }\n"): (typeof documents)["\n  query StudyGroupFormOrganizations {\n    organizations {\n      id\n      name\n      acronym\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StudyGroupUpdated($id: ID!) {\n    studyGroupUpdated(id: $id) {\n      ...StudyGroupPage_studyGroup\n    }\n  }\n"): (typeof documents)["\n  subscription StudyGroupUpdated($id: ID!) {\n    studyGroupUpdated(id: $id) {\n      ...StudyGroupPage_studyGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSubGroup($studyGroupId: ID!, $input: SubGroupInput!) {\n    createSubGroup(studyGroupId: $studyGroupId, input: $input) {\n      id\n      ...SubGroupCard_subGroup\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSubGroup($studyGroupId: ID!, $input: SubGroupInput!) {\n    createSubGroup(studyGroupId: $studyGroupId, input: $input) {\n      id\n      ...SubGroupCard_subGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSubGroup($id: ID!, $input: SubGroupInput!) {\n    updateSubGroup(id: $id, input: $input) {\n      id\n      ...SubGroupCard_subGroup\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSubGroup($id: ID!, $input: SubGroupInput!) {\n    updateSubGroup(id: $id, input: $input) {\n      id\n      ...SubGroupCard_subGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSubGroup($id: ID!) {\n    removeSubGroup(id: $id) {\n      id\n      subGroups {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveSubGroup($id: ID!) {\n    removeSubGroup(id: $id) {\n      id\n      subGroups {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStudyGroup($id: ID!, $input: UpdateStudyGroupInput!) {\n    updateStudyGroup(id: $id, input: $input) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStudyGroup($id: ID!, $input: UpdateStudyGroupInput!) {\n    updateStudyGroup(id: $id, input: $input) {\n      id\n      ...StudyGroupPage_studyGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyGroups {\n    studyGroups {\n      id\n      ...StudyGroupList_studyGroup\n    }\n  }\n"): (typeof documents)["\n  query StudyGroups {\n    studyGroups {\n      id\n      ...StudyGroupList_studyGroup\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;