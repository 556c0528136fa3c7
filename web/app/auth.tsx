// Who is signed in: /auth/me through TanStack Query (null when signed out), the CSRF token handed
// to the API client, and a guard that sends signed-out visitors to the sign-in page. Pages show
// actions from `permissions` and each object's `actions`, never from rules of their own.
import { Center, Loader } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ApiError, setCsrfToken, setUnauthorizedHandler } from '../lib/api';
import { typedApi } from '../lib/typed-api';
import type { Me, Permission } from '../lib/types';
import { QueryError } from '../ui/QueryState';

export const ME_KEY = ['me'] as const;

const HINT_KEY = 'ntm-hub.signed-in';

/** The last session kept on the phone (IndexedDB), loaded only when needed. */
const keptSession = () => import('../features/offline/kept-session');

/**
 * The session cookie is httpOnly, so the page cannot see it. A flag remembers that this browser
 * signed in, so a visitor who never did gets the sign-in page without a 401 from /auth/me.
 */
export function rememberSignedIn(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // storage unavailable: /auth/me is always asked
  }
  if (!signedIn) void forgetSession();
}

/** Signed out, or the server ended the session: the phone no longer opens offline as this user. */
export async function forgetSession(): Promise<void> {
  await keptSession().then((k) => k.forgetSession()).catch(() => undefined);
}

/** Keeps the server's answer on the phone (after /auth/me and after signing in). */
export function keepSession(me: Me): void {
  void keptSession().then((k) => k.keepSession(me)).catch(() => undefined);
}

/** Whether the signed-in user on screen was read from the phone (no signal) rather than the server. */
let meFromPhone = false;

/** Whether this browser signed in before (and has not signed out since). */
export function maySignedIn(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) !== null;
  } catch {
    return true;
  }
}

async function fetchMe(): Promise<Me | null> {
  if (!maySignedIn()) return null;
  try {
    const me = await typedApi.get('/auth/me');
    setCsrfToken(me.csrfToken);
    meFromPhone = false;
    keepSession(me);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      rememberSignedIn(false);
      return null;
    }
    // No answer at all (no signal, and the service worker kept none): the last session on the phone.
    if (e instanceof ApiError && e.status === 0) {
      const kept = await keptSession().then((k) => k.readSession()).catch(() => null);
      if (kept) {
        setCsrfToken(kept.csrfToken);
        meFromPhone = true;
        return kept;
      }
    }
    throw e;
  }
}

export function useMeQuery() {
  const client = useQueryClient();
  useEffect(() => {
    setUnauthorizedHandler(() => {
      rememberSignedIn(false);
      client.setQueryData(ME_KEY, null);
    });
    // Back online after opening with the phone's session: ask the server again (permissions may
    // have changed, the session may have ended).
    const recheck = () => {
      if (meFromPhone) void client.invalidateQueries({ queryKey: ME_KEY });
    };
    window.addEventListener('online', recheck);
    return () => window.removeEventListener('online', recheck);
  }, [client]);
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity, retry: false });
}

const MeContext = createContext<Me | null>(null);

/** The signed-in user; only inside <RequireAuth>. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside RequireAuth');
  return me;
}

/** Whether the signed-in user holds a permission (from /auth/me). */
export function useCan(): (permission: Permission) => boolean {
  const me = useMe();
  return (permission) => me.permissions.includes(permission);
}

export function RequireAuth({ children }: { children: ReactNode }) {
  const { data, isPending, error, refetch } = useMeQuery();
  const location = useLocation();
  if (isPending) {
    return <Center h="100vh"><Loader aria-label="…" /></Center>;
  }
  if (error) return <Center h="100vh" p="md"><QueryError error={error} onRetry={() => void refetch()} /></Center>;
  if (!data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <MeContext.Provider value={data}>{children}</MeContext.Provider>;
}
