// When the phone is ready for a Saturday with no signal, and the one moment the user is told so.
// On a first visit the service worker is registered after the first screen and puts the app's
// code on the phone; then, for a signed-in user, the layout keeps /auth/me and the week's answers
// (keep-week.ts). A user who closes the app before both are done finds nothing offline, so the app
// says when they are ("Sẵn sàng dùng khi mất mạng"), once per install; register.ts shows it. On the
// sign-in page it says the app is kept, and again, with the week, once the user has signed in.
// The layout's chunk and the registration's chunk both use it: the build puts it in the shell
// (field-chunks.ts), so neither makes the other download.
import { maySignedIn } from '../../app/auth';

type Listener = (withWeek: boolean) => void;

let appKept = false;
/** null: not known yet (no layout mounted); true: a signed-in layout keeps the week; false: nothing to keep. */
let weekNeeded: boolean | null = null;
let weekKept = false;
/** 0: nothing said yet; 1: the app is kept (said on the sign-in page); 2: the app and the week. */
let announced: 0 | 1 | 2 = 0;
const listeners = new Set<Listener>();

function check(): void {
  if (announced === 2 || !appKept) return;
  // Before the layout mounts, a browser that signed in before is taken to need the week (the
  // layout is on its way); on the sign-in page it is not.
  const needed = weekNeeded ?? (maySignedIn() && !location.pathname.startsWith('/sign-in'));
  if (needed ? !weekKept : announced === 1) return;
  announced = needed ? 2 : 1;
  for (const l of listeners) l(needed);
}

/** The service worker put the app's code on the phone for the first time (register.ts). */
export function markAppKept(): void {
  appKept = true;
  check();
}

/** Whether a signed-in layout keeps the week (keep-week.ts; false when it unmounts, e.g. sign-out). */
export function markWeekNeeded(needed: boolean): void {
  weekNeeded = needed;
  check();
}

/** One run of keeping /auth/me and the week through the service worker ended. */
export function markWeekKept(): void {
  weekKept = true;
  check();
}

/** Called when the phone is ready: `withWeek` false for the app alone (signed out), true with the week (at most once each). */
export function onOfflineReady(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
