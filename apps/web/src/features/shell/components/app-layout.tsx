import {
  Anchor,
  AppShell,
  Burger,
  Button,
  Container,
  Group,
  NavLink,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { toApiError } from '../../../lib/api-error';
import { ScriptText } from '../../../ui/script-text';
import { Wordmark } from '../../../ui/wordmark';
import { useSignOut } from '../../auth/hooks/use-sign-out';
import { useViewer, type Viewer } from '../../auth/hooks/use-viewer';
import { NotificationBell } from '../../notifications/components/notification-bell';
import { SearchBox } from '../../search/components/search-box';

interface NavItem {
  label: string;
  to: string;
}

function navItems(viewer: Viewer): NavItem[] {
  const items: NavItem[] = [
    { label: 'What needs you', to: '/' },
    { label: 'Meetings', to: '/meetings' },
    { label: 'Study groups', to: '/study-groups' },
    { label: 'Recommendations', to: '/recommendations' },
  ];
  if (viewer.isPlatformAdmin) items.push({ label: 'Administration', to: '/admin' });
  return items;
}

interface SignedInLayoutProps {
  viewer: Viewer;
}

function ViewerName({ viewer }: SignedInLayoutProps) {
  const { honorific, name } = viewer.person;
  return <ScriptText>{honorific ? `${honorific} ${name}` : name}</ScriptText>;
}

/** The frame of every signed-in page: header, navigation, and the page itself. */
export function AppLayout() {
  const { viewer } = useViewer();
  // RequireViewer renders this layout only once the viewer is known.
  if (!viewer) return null;
  return <SignedInLayout viewer={viewer} />;
}

function SignedInLayout({ viewer }: SignedInLayoutProps) {
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { signOut, loading: signingOut } = useSignOut();

  async function handleSignOut() {
    try {
      await signOut();
      void navigate('/sign-in', { replace: true });
    } catch (error) {
      notifications.show({ color: 'red', title: 'You are still signed in', message: toApiError(error).message });
    }
  }

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'md', sm: 'lg' }}
    >
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" gap="sm" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={navOpened}
              aria-controls="app-navigation"
            />
            <Anchor component={Link} to="/" underline="never" aria-label="Plenary, go to what needs you">
              <Wordmark />
            </Anchor>
          </Group>
          <SearchBox />
          <Group gap="md" wrap="nowrap">
            <NotificationBell />
            <Text size="sm" visibleFrom="sm">
              <VisuallyHidden>Signed in as </VisuallyHidden>
              <ViewerName viewer={viewer} />
            </Text>
            <Button variant="default" size="xs" loading={signingOut} onClick={() => void handleSignOut()}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id="app-navigation" component="nav" aria-label="Main">
        <Stack gap={4} style={{ flex: 1 }}>
          {navItems(viewer).map((item) => {
            const active = pathname === item.to || pathname.startsWith(`${item.to}/`);
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={closeNav}
                fw={500}
              />
            );
          })}
        </Stack>
        <Stack gap={2} hiddenFrom="sm" pt="md" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          <Text size="xs" c="dimmed">
            Signed in as
          </Text>
          <Text size="sm">
            <ViewerName viewer={viewer} />
          </Text>
        </Stack>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        {/* Lines stay readable on wide monitors. */}
        <Container size="xl" p={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
