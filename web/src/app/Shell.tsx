import { Suspense } from 'react';
import { AppShell, Badge, Burger, Button, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';

import { ErrorBoundary } from '../components/ErrorBoundary';
import { endSession } from '../features/auth';
import { useSession } from '../lib/api';
import { isAdmin, type Role } from '../lib/session';
import { PageLoader } from './PageLoader';

interface Item {
  to: string;
  label: string;
  adminOnly?: boolean;
}

const ITEMS: Item[] = [
  { to: '/', label: 'Home' },
  { to: '/schedules', label: 'Schedules' },
  { to: '/lists', label: 'Mailing lists' },
  { to: '/runs', label: 'Runs' },
  { to: '/webhooks', label: 'Webhook log' },
  { to: '/outbox', label: 'Outbox' },
  { to: '/connections', label: 'Connections', adminOnly: true },
  { to: '/users', label: 'Users & tokens', adminOnly: true },
];

const ROLE_COLOR: Record<Role, string> = { ADMIN: 'grape', EDITOR: 'blue', VIEWER: 'gray' };

function isActive(pathname: string, to: string) {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/**
 * The frame around every signed-in page: navigation, user, sign-out. Pages
 * load their code on first visit, so the wait is shown inside the frame and
 * the navigation stays usable meanwhile.
 */
export function Shell() {
  const session = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const role = session?.user.role;
  const items = ITEMS.filter((i) => !i.adminOnly || isAdmin(role));

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: { sm: 200, lg: 240 }, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Text fw={700} size="lg" c="blue.7">
              Vizpost
            </Text>
          </Group>
          {session ? (
            <Group gap="sm" wrap="nowrap">
              <Stack gap={0} visibleFrom="xs" align="flex-end">
                <Text size="sm" fw={500} data-testid="current-user">
                  {session.user.name || session.user.email}
                </Text>
                <Text size="xs" c="dimmed">
                  {session.user.email}
                </Text>
              </Stack>
              <Badge color={role ? ROLE_COLOR[role] : 'gray'} variant="light" data-testid="current-role">
                {role?.toLowerCase()}
              </Badge>
              <Button variant="default" size="xs" onClick={endSession}>
                Sign out
              </Button>
            </Group>
          ) : null}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        <ScrollArea>
          <nav>
            {items.map((item) => (
              <NavLink
                key={item.to}
                component={RouterLink}
                to={item.to}
                label={item.label}
                active={isActive(pathname, item.to)}
                onClick={close}
              />
            ))}
          </nav>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <ErrorBoundary key={pathname}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
