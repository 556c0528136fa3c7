// The frame of every signed-in page: header (product name, language, user menu with role, change
// password and sign-out), the side navigation grouped by task with the role's daily pages first,
// folding into a burger on phones, and the demo banner. Landmarks: banner, navigation, main.
import { Alert, AppShell, Avatar, Burger, Group, Menu, NavLink, ScrollArea, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconFlask, IconKey, IconLogout } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { setCsrfToken } from '../lib/api';
import { typedApi } from '../lib/typed-api';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { Loading } from '../ui/QueryState';
import { NotificationBell } from '../features/notifications/NotificationBell'; // inbox bell (issue 9)
import { dropKeptAnswers } from '../features/offline/cached-at'; // field mode (issue 13)
import { DataAsOf, OfflineBadge } from '../features/offline/NetworkStatus'; // field mode (issue 13)
import { PageErrorBoundary } from '../features/offline/PageError'; // field mode (issue 13)
import { useKeepWeek } from '../features/offline/keep-week'; // field mode (issue 13)
import { forgetSession, ME_KEY, rememberSignedIn, useMe } from './auth';
import { DAILY_PAGES, NAV_ITEMS, NAV_SECTIONS, type NavItem } from './nav';

// Writes waiting on the phone (issue 13). Loaded beside the shell, not in it: IndexedDB's library is
// not needed to draw the first screen.
const OutboxBadge = lazy(() => import('../features/field/OutboxBadge').then((m) => ({ default: m.OutboxBadge })));

function initials(name: string): string {
  const words = name.replace(/\(.*?\)/g, '').trim().split(/\s+/);
  return (words.length > 1 ? words[words.length - 2][0] + words[words.length - 1][0] : words[0]?.[0] ?? '?').toUpperCase();
}

function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const navigate = useNavigate();
  const role = t(`roles.${me.user.role}`);
  const org = me.user.agency?.name ?? me.user.unit?.name ?? null;

  async function signOut() {
    try {
      await typedApi.post('/auth/logout', undefined);
    } finally {
      setCsrfToken(null);
      rememberSignedIn(false);
      client.clear();
      client.setQueryData(ME_KEY, null);
      await dropKeptAnswers(); // the next person on this phone must not see these pages offline
      await forgetSession(); // nor open them as this user
      navigate('/sign-in', { replace: true });
    }
  }

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        {/* Named by what it shows (initials, name, role) plus "account", so the spoken name contains the visible text. */}
        <UnstyledButton data-testid="user-menu">
          <Group gap={8} wrap="nowrap">
            <VisuallyHidden>{t('layout.userMenu')}</VisuallyHidden>
            <Avatar size={32} radius="xl" color="teal">{initials(me.user.displayName)}</Avatar>
            <div style={{ lineHeight: 1.15, minWidth: 0 }}>
              <Text size="sm" fw={600} visibleFrom="sm" truncate maw={220}>{me.user.displayName}</Text>
              <Text size="xs" c="dimmed" visibleFrom="sm" truncate maw={220}>{role}</Text>
            </div>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">{me.user.displayName}</Text>
          <Text size="xs">{role}{org ? ` — ${org}` : ''}</Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account/password" leftSection={<IconKey size={16} />}>{t('layout.changePassword')}</Menu.Item>
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>{t('layout.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  useKeepWeek(me); // the clerk's week on the phone for Saturday with no signal
  useEffect(close, [location.pathname, close]);

  const items = NAV_ITEMS.filter((i) => !i.permission || me.permissions.includes(i.permission));
  const active = (to: string) => (to === '/' ? location.pathname === '/' : location.pathname.startsWith(to));
  const daily = DAILY_PAGES[me.user.role] ?? [];
  const dailyItems = daily.map((to) => items.find((i) => i.to === to)).filter((i): i is NavItem => !!i);
  const groups = [
    { key: 'daily', items: [items[0], ...dailyItems] },
    ...NAV_SECTIONS.map((section) => ({ key: section, items: items.filter((i) => i.section === section && !daily.includes(i.to)) })),
  ].filter((g) => g.items.length > 0);
  const link = (item: NavItem) => (
    <NavLink key={item.to} component={Link} to={item.to} label={t(item.label)} active={active(item.to)}
      aria-current={active(item.to) ? 'page' : undefined}
      leftSection={<item.icon size={18} stroke={1.6} aria-hidden />} variant="light" color="teal" style={{ borderRadius: 6 }} py={6} />
  );

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding={{ base: 'sm', sm: 'lg' }}>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('layout.menu')} />
            <UnstyledButton component={Link} to="/" style={{ minWidth: 0 }}>
              <Group gap={8} wrap="nowrap">
                <Text fw={800} c="teal.9" fz={{ base: 'md', xs: 'lg' }} style={{ whiteSpace: 'nowrap' }}>ntm-hub</Text>
                <Text size="sm" c="dimmed" visibleFrom="md" truncate>{t('layout.productName')}</Text>
              </Group>
            </UnstyledButton>
          </Group>
          {/* A 360 px phone: burger, name, the outbox count, bell, language and avatar fit on one line. */}
          <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
            <Suspense fallback={null}><OutboxBadge /></Suspense>
            <OfflineBadge />
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('layout.navigation')}>
        <AppShell.Section grow component={ScrollArea}>
          {groups.map((g) => (
            <div key={g.key} role="group" aria-labelledby={`nav-${g.key}`} style={{ marginBottom: 6 }}>
              <Text id={`nav-${g.key}`} size="xs" fw={700} c="dimmed" tt="uppercase" px="xs" pt={6} pb={2}>{t(`nav.section.${g.key}`)}</Text>
              {g.items.map(link)}
            </div>
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="xs" py={4}>{t('layout.footer')}</Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        {me.demo && (
          <Alert color="yellow" variant="light" icon={<IconFlask size={18} />} mb="md" py={8} data-testid="demo-banner">
            <Text size="sm" fw={600} span>{t('layout.demoBanner')}</Text>{' '}
            <Text size="sm" span>{t('layout.demoHint')}</Text>
          </Alert>
        )}
        <DataAsOf />
        <PageErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<Loading />}><Outlet /></Suspense>
        </PageErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
