// Providers around the router: Mantine theme, date pickers in the current language, notifications,
// TanStack Query (one client; retries only for network hiccups, never for 4xx answers).
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ApiError } from '../lib/api';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

// The notices' container (with its transitions) loads after the first screen; a notice shown
// before it is there waits in @mantine/notifications' store and appears when it mounts. Should its
// chunk be missing (offline, an old phone cache), the app goes on without notices, not a crash.
const Notices = lazy<ComponentType>(() => import('./Notices').then((m) => ({ default: m.Notices })).catch(() => ({ default: () => null })));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => count < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
  },
});

export function App() {
  const { i18n } = useTranslation();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        <Suspense fallback={null}><Notices /></Suspense>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
