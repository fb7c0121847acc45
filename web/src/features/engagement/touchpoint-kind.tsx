import { ThemeIcon } from '@mantine/core';
import type { ComponentType } from 'react';
import type { TouchpointKind } from '../../domain/labels.ts';
import { IconCalendar, IconMail, IconMapPin, IconMeeting, IconNote, IconPhone, IconPresentation, type IconProps } from '../../ui/icons.tsx';

const KIND_ICON: Record<TouchpointKind, ComponentType<IconProps>> = {
  call: IconPhone,
  meeting: IconMeeting,
  email: IconMail,
  qbr: IconPresentation,
  ebr: IconPresentation,
  onsite: IconMapPin,
  event: IconCalendar,
  note: IconNote,
};

const KIND_COLOR: Record<TouchpointKind, string> = {
  call: 'blue',
  meeting: 'indigo',
  email: 'cyan',
  qbr: 'grape',
  ebr: 'violet',
  onsite: 'teal',
  event: 'orange',
  note: 'gray',
};

export function KindIcon({ kind, size = 36 }: { kind: TouchpointKind; size?: number }) {
  const Icon = KIND_ICON[kind] ?? IconNote;
  return (
    <ThemeIcon size={size} radius="xl" variant="light" color={KIND_COLOR[kind] ?? 'gray'} aria-hidden="true">
      <Icon size={Math.round(size * 0.5)} />
    </ThemeIcon>
  );
}

export const kindColor = (kind: TouchpointKind) => KIND_COLOR[kind] ?? 'gray';
