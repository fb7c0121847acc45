import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { type ErrorComponentProps, Link } from '@tanstack/react-router';
import { ErrorAlert } from '../ui/query-states.tsx';

export function NotFound() {
  return (
    <Center py={80}>
      <Stack align="center" gap="sm">
        <Title order={1} size="h2">
          Page not found
        </Title>
        <Text c="dimmed">The link may be old, or the record may have been deleted.</Text>
        <Button component={Link} to="/">
          Go to Home
        </Button>
      </Stack>
    </Center>
  );
}

export function RouteError({ error, reset }: ErrorComponentProps) {
  return (
    <Center py={80} px="md">
      <Stack maw={520} w="100%">
        <ErrorAlert error={error} title="Something went wrong" onRetry={reset} />
      </Stack>
    </Center>
  );
}
