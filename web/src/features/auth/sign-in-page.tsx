import { Alert, Box, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { BrandMark } from '../../app/brand.tsx';
import { errorMessage, fieldErrorsOf } from '../../lib/api.ts';
import { IconAlert, IconInfo } from '../../ui/icons.tsx';
import { safeRedirect, useSignIn } from './session.ts';

export function SignInPage() {
  const { redirect, expired } = useSearch({ from: '/sign-in' });
  const router = useRouter();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const fields = { ...fieldErrorsOf(signIn.error), ...missing };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!email.trim()) problems.email = 'Enter your e-mail';
    if (!password) problems.password = 'Enter your password';
    setMissing(problems);
    if (Object.keys(problems).length) return;
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => {
          const target = safeRedirect(redirect);
          if (target === '/') navigate({ to: '/' });
          else router.history.push(target);
        },
      },
    );
  };

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Box w="100%" maw={400}>
        <Stack align="center" gap={6} mb="lg">
          <BrandMark size={40} />
          <Title order={1} size="h2">
            Sign in to Rapport
          </Title>
          <Text c="dimmed" size="sm">
            Know every stakeholder. Hear from them. Renew.
          </Text>
        </Stack>
        <Paper p="xl" shadow="sm">
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              {expired && !signIn.isError ? (
                <Alert color="blue" variant="light" icon={<IconInfo />}>
                  Your session has ended. Sign in again to continue where you were.
                </Alert>
              ) : null}
              {signIn.isError && !fields.email && !fields.password ? (
                <Alert color="red" variant="light" icon={<IconAlert />} role="alert" title="Could not sign in">
                  {errorMessage(signIn.error)}
                </Alert>
              ) : null}
              <TextInput
                label="E-mail"
                type="email"
                autoComplete="username"
                required
                autoFocus
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={fields.email}
              />
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={fields.password}
              />
              <Button type="submit" fullWidth loading={signIn.isPending}>
                Sign in
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text c="dimmed" size="xs" ta="center" mt="md">
          Forgot your password? Ask an admin of your Rapport workspace to reset it.
        </Text>
      </Box>
    </Center>
  );
}
