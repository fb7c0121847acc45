/** Shows a secret that will not be shown again, with a copy button. */
import { ActionIcon, Alert, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconInfo } from './icons.tsx';

export function SecretOnce({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <Stack gap="sm">
      <Alert color="yellow" variant="light" icon={<IconInfo />} title="Copy it now">
        {hint}
      </Alert>
      <Text size="sm" fw={600} id="secret-label">
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="center">
        <Code
          block
          style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
          aria-labelledby="secret-label"
          data-testid="secret-value"
        >
          {value}
        </Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
              <ActionIcon
                variant={copied ? 'filled' : 'light'}
                color={copied ? 'teal' : undefined}
                onClick={copy}
                size="lg"
                aria-label={copied ? 'Copied' : `Copy ${label.toLowerCase()}`}
              >
                {copied ? <IconCheck /> : <IconCopy />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
