import type { RouteObject } from 'react-router';
import { AdminRoute } from '../features/admin/routes/admin-route';
import { RequireViewer } from '../features/auth/components/require-viewer';
import { InvitationRoute } from '../features/auth/routes/invitation-route';
import { SignInRoute } from '../features/auth/routes/sign-in-route';
import { DocumentRoute } from '../features/documents/routes/document-route';
import { HomeRoute } from '../features/home/routes/home-route';
import { MeetingRoute } from '../features/meetings/routes/meeting-route';
import { MeetingsRoute } from '../features/meetings/routes/meetings-route';
import { NewMeetingRoute } from '../features/meetings/routes/new-meeting-route';
import { NotificationSettingsRoute } from '../features/notifications/routes/notification-settings-route';
import { NotificationsRoute } from '../features/notifications/routes/notifications-route';
import { RsvpRoute } from '../features/participants/routes/rsvp-route';
import { RecommendationRoute } from '../features/recommendations/routes/recommendation-route';
import { ReportRoute } from '../features/reports/routes/report-route';
import { SearchRoute } from '../features/search/routes/search-route';
import { AppLayout } from '../features/shell/components/app-layout';
import { NewStudyGroupRoute } from '../features/study-groups/routes/new-study-group-route';
import { StudyGroupRoute } from '../features/study-groups/routes/study-group-route';
import { StudyGroupsRoute } from '../features/study-groups/routes/study-groups-route';
import { NotFoundRoute } from './not-found-route';
import { RouteError } from './route-error';

/** Sign-in, account invitation and meeting reply links are public; everything else needs a signed-in viewer. */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { path: '/sign-in', element: <SignInRoute /> },
      { path: '/invitation/:token', element: <InvitationRoute /> },
      { path: '/rsvp/:token', element: <RsvpRoute /> },
      {
        element: <RequireViewer />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <HomeRoute /> },
              { path: '/meetings', element: <MeetingsRoute /> },
              { path: '/meetings/new', element: <NewMeetingRoute /> },
              { path: '/meetings/:meetingId', element: <MeetingRoute /> },
              { path: '/study-groups', element: <StudyGroupsRoute /> },
              { path: '/study-groups/new', element: <NewStudyGroupRoute /> },
              { path: '/study-groups/:studyGroupId', element: <StudyGroupRoute /> },
              { path: '/documents/:documentId', element: <DocumentRoute /> },
              { path: '/reports/:reportId', element: <ReportRoute /> },
              {
                path: '/recommendations',
                // The dashboard's charts are the only ones in the app: loaded with it, not with every page.
                lazy: async () => ({
                  Component: (await import('../features/recommendations/routes/recommendations-route'))
                    .RecommendationsRoute,
                }),
              },
              { path: '/recommendations/:recommendationId', element: <RecommendationRoute /> },
              { path: '/notifications', element: <NotificationsRoute /> },
              { path: '/settings/notifications', element: <NotificationSettingsRoute /> },
              { path: '/search', element: <SearchRoute /> },
              { path: '/admin', element: <AdminRoute /> },
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
        ],
      },
    ],
  },
];
