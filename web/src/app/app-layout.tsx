/** The app shell: product name, navigation, who is signed in, and the page. */
import { AppShell, Avatar, Badge, Burger, Container, Drawer, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { ROLE_LABELS } from '../domain/labels.ts';
import { canWriteAnyAccount, isAdmin } from '../features/auth/permissions.ts';
import { useMe, useSignOut } from '../features/auth/session.ts';
import {
  IconAssessment,
  IconBuilding,
  IconChevronDown,
  IconCoverage,
  IconHome,
  IconImportExport,
  IconLogout,
  type IconProps,
  IconShield,
  IconUsers,
} from '../ui/icons.tsx';
import { Brand } from './brand.tsx';

type NavItem = {
  to: '/' | '/accounts' | '/coverage' | '/assessments' | '/people' | '/import' | '/admin';
  label: string;
  icon: ComponentType<IconProps>;
  exact?: boolean;
};

const NAV: NavItem[] = [
  { to: '/', label: 'Home', icon: IconHome, exact: true },
  { to: '/accounts', label: 'Accounts', icon: IconBuilding },
  { to: '/coverage', label: 'Coverage', icon: IconCoverage },
  { to: '/assessments', label: 'Assessments', icon: IconAssessment },
  { to: '/people', label: 'People', icon: IconUsers },
];
const IMPORT_NAV: NavItem = { to: '/import', label: 'Import', icon: IconImportExport };
const ADMIN_NAV: NavItem = { to: '/admin', label: 'Admin', icon: IconShield };

function NavLinks({ items, onNavigate }: { items: NavItem[]; onNavigate?: () => void }) {
  return (
    <>
      {items.map((item) => (
        <Link
          key={item.to}
          to={item.to}
          className="rp-nav-link"
          activeOptions={{ exact: item.exact ?? false, includeSearch: false }}
          onClick={onNavigate}
        >
          <item.icon size={16} />
          {item.label}
        </Link>
      ))}
    </>
  );
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]?.toUpperCase())
    .join('');

function UserMenu() {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const doSignOut = () => signOut.mutate(undefined, { onSettled: () => navigate({ to: '/sign-in' }) });
  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${me.name}`} style={{ borderRadius: 8, padding: '4px 6px' }}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="indigo" radius="xl" size={32}>
              {initials(me.name || me.email)}
            </Avatar>
            <Stack gap={0} visibleFrom="lg" style={{ lineHeight: 1.2 }}>
              <Text size="sm" fw={600} lineClamp={1}>
                {me.name || me.email}
              </Text>
              <Text size="xs" c="dimmed">
                {ROLE_LABELS[me.role]}
              </Text>
            </Stack>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark">
            {me.name}
          </Text>
          <Text size="xs" c="dimmed">
            {me.email}
          </Text>
          <Badge size="xs" variant="light" mt={4}>
            {ROLE_LABELS[me.role]}
          </Badge>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={doSignOut}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function AppLayout() {
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure(false);
  const items = [...NAV, ...(canWriteAnyAccount(me) ? [IMPORT_NAV] : []), ...(isAdmin(me) ? [ADMIN_NAV] : [])];
  return (
    <AppShell header={{ height: 60 }} padding={0}>
      <a href="#main" className="rp-skip-link">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label="Open navigation" />
            <Link to="/" aria-label="Rapport home" style={{ textDecoration: 'none' }}>
              <Brand />
            </Link>
            <Group gap={4} visibleFrom="md" component="nav" aria-label="Main">
              <NavLinks items={items} />
            </Group>
          </Group>
          <UserMenu />
        </Group>
      </AppShell.Header>
      {/* Phones and tablets: the navigation moves into a drawer (rendered only while open, so it is never tabbable when hidden). */}
      <Drawer opened={opened} onClose={close} size={260} title={<Brand />} hiddenFrom="md">
        <Stack gap={4} component="nav" aria-label="Main">
          <NavLinks items={items} onNavigate={close} />
        </Stack>
      </Drawer>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <Container size={1280} px={{ base: 'md', md: 'xl' }} py="lg">
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
