// Sign-in: username and password; on success the /auth/me answer is cached and the user goes on to
// the page they asked for (or the overview).
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { keepSession, ME_KEY, rememberSignedIn, useMeQuery } from '../../app/auth';
import { setCsrfToken } from '../../lib/api';
import { typedApi } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { LanguageSwitch } from '../../ui/LanguageSwitch';

const FIELDS = ['username', 'password'] as const;

function safeNext(next: string | null): string {
  // Only paths of this app: never an absolute URL from the query string.
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const me = useMeQuery();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const errors = useFormErrors(FIELDS);

  const login = useMutation({
    mutationFn: () => typedApi.post('/auth/login', { username, password }),
    onSuccess: (data) => {
      setCsrfToken(data.csrfToken);
      rememberSignedIn(true);
      keepSession(data); // opens offline as this user even if the service worker keeps no answer yet
      client.setQueryData(ME_KEY, data);
      navigate(safeNext(params.get('next')), { replace: true });
    },
    onError: errors.setError,
  });

  if (me.data) return <Navigate to={safeNext(params.get('next'))} replace />;

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    login.mutate();
  }

  return (
    <Center component="main" mih="100vh" p="md" bg="gray.0">
      <Paper component="form" aria-labelledby="sign-in-title" onSubmit={submit} withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="md" w="100%" maw={420}>
        <Stack gap="md">
          <div>
            <Text fw={800} c="teal.9" size="xl">ntm-hub</Text>
            <Title order={1} fz={20} mt={4} id="sign-in-title">{t('signIn.title')}</Title>
            <Text size="sm" c="dimmed">{t('layout.productName')}</Text>
          </div>
          {errors.general && (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">{errors.general}</Alert>
          )}
          <TextInput label={t('signIn.username')} value={username} onChange={(e) => setUsername(e.currentTarget.value)}
            autoComplete="username" autoCapitalize="none" required error={errors.field('username')} data-autofocus />
          <PasswordInput label={t('signIn.password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="current-password" required error={errors.field('password')} />
          <Button type="submit" loading={login.isPending} fullWidth>{t('signIn.submit')}</Button>
          <Stack gap={4} align="center">
            <LanguageSwitch />
            <Text size="xs" c="dimmed" ta="center">{t('signIn.hint')}</Text>
          </Stack>
        </Stack>
      </Paper>
    </Center>
  );
}
