import { Group, Text } from '@mantine/core';
import type { ComponentType } from 'react';
import { IconMail, IconMeeting, IconPhone, IconPresentation, type IconProps } from '../../ui/icons.tsx';
import type { Channel } from './coverage-api.ts';
import { CHANNEL_LABELS } from './coverage-labels.ts';

const CHANNEL_ICONS: Record<Channel, ComponentType<IconProps>> = {
  meeting: IconMeeting,
  executive_outreach: IconPresentation,
  call: IconPhone,
  email: IconMail,
};

/** How the action is carried out; follows the tier's engagement model. */
export function ChannelLabel({ channel }: { channel: Channel }) {
  const Icon = CHANNEL_ICONS[channel] ?? IconMail;
  return (
    <Group gap={4} wrap="nowrap" c="dimmed">
      <Icon size={14} />
      <Text size="xs" span>
        {CHANNEL_LABELS[channel] ?? channel}
      </Text>
    </Group>
  );
}
