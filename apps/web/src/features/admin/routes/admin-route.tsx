import { Alert, Stack, Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../ui/page-header';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { AccountsPanel } from '../../accounts/components/accounts-panel';
import { useViewer } from '../../auth/hooks/use-viewer';
import { OrganizationsPanel } from '../../organizations/components/organizations-panel';

const TABS = ['accounts', 'organizations'] as const;
type Tab = (typeof TABS)[number];

function isTab(value: string | null): value is Tab {
  return TABS.some((tab) => tab === value);
}

/** Accounts and organizations, for platform administrators. The tab is kept in the address. */
export function AdminRoute() {
  useDocumentTitle('Administration');
  const { viewer } = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('tab');
  const tab: Tab = isTab(requested) ? requested : 'accounts';

  if (!viewer?.isPlatformAdmin) {
    return (
      <Stack gap="lg">
        <PageHeader title="Administration" />
        <Alert color="gray" variant="light" title="You do not have access" role="alert">
          Administration is open to Plenary’s platform administrators only. If you need an account opened or an
          organization added, ask one of them.
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader title="Administration" description="Accounts and organizations on this Plenary platform." />
      <Tabs
        value={tab}
        onChange={(value) => {
          if (isTab(value)) setSearchParams(value === 'accounts' ? {} : { tab: value }, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label="Administration sections" mb="md">
          <Tabs.Tab value="accounts">Accounts</Tabs.Tab>
          <Tabs.Tab value="organizations">Organizations</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="accounts">
          <AccountsPanel viewerId={viewer.id} />
        </Tabs.Panel>
        <Tabs.Panel value="organizations">
          <OrganizationsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
