import { type AuthSession, AuthSessionSchema } from '@shared/api/auth';
import { apiRequest, setSessionHooks } from '../api/client';
import { ApiError } from '../api/errors';
import { currentPageUrl, navigate } from '../navigate';
import { isBoolean, isString, readStored, removeStored, StorageKey, writeStored } from '../storage';

/** Who is logged in on this device, as far as the app knows without asking the API. */
export interface SessionSnapshot {
  userId: string;
  bound: boolean;
}

type Listener = (session: SessionSnapshot | undefined) => void;
const listeners = new Set<Listener>();

/** The stored session, or undefined when nobody is logged in. */
export function readSession(): SessionSnapshot | undefined {
  const userId = readStored(StorageKey.userId, isString);
  const token = readStored(StorageKey.accessToken, isString);
  if (!userId || !token) return undefined;
  return { userId, bound: readStored(StorageKey.bound, isBoolean) ?? false };
}

function notify(): void {
  const session = readSession();
  for (const listener of listeners) listener(session);
}

/** Calls `listener` whenever someone logs in or out or binds; returns the unsubscribe. */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Keeps a session the API just issued (login or refresh). */
export function saveSession(session: AuthSession): void {
  writeStored(StorageKey.accessToken, session.accessToken);
  writeStored(StorageKey.refreshToken, session.refreshToken);
  writeStored(StorageKey.userId, session.userId);
  writeStored(StorageKey.bound, session.bound);
  notify();
}

/** After binding: the API hands a fresh access token that carries the binding. */
export function saveBoundToken(accessToken: string): void {
  writeStored(StorageKey.accessToken, accessToken);
  writeStored(StorageKey.bound, true);
  notify();
}

/** Forgets the session on this device (logout, or a session the API no longer accepts). */
export function clearSession(): void {
  for (const key of [StorageKey.accessToken, StorageKey.refreshToken, StorageKey.userId, StorageKey.bound]) {
    removeStored(key);
  }
  notify();
}

let refreshing: Promise<boolean> | undefined;

/**
 * Trades the refresh token for a new session. Refresh tokens are single-use and a reused one ends the session
 * (SPEC §6), so there is never more than one refresh at a time: every caller shares the one in flight.
 */
export function refreshSession(): Promise<boolean> {
  if (refreshing) return refreshing;
  const refreshToken = readStored(StorageKey.refreshToken, isString);
  if (!refreshToken) return Promise.resolve(false);
  refreshing = apiRequest({
    path: '/v1/auth/refresh',
    method: 'POST',
    body: { refreshToken },
    schema: AuthSessionSchema,
    anonymous: true,
  })
    .then((session) => {
      saveSession(session);
      return true;
    })
    .catch((error: unknown) => {
      // A network failure keeps the refresh token (it was not spent); a refusal means it is gone.
      if (error instanceof ApiError && !error.isNetworkError) clearSession();
      return false;
    })
    .finally(() => {
      refreshing = undefined;
    });
  return refreshing;
}

/** Sends the user to login and remembers the page they were on, to come back to it after logging in. */
export function goToLogin(): void {
  const here = currentPageUrl();
  if (here && !here.startsWith('/packages/entry/login/')) writeStored(StorageKey.returnTo, here);
  void navigate.restart('login');
}

/** The page remembered by `goToLogin`, once: reading it forgets it. */
export function takeReturnTo(): string | undefined {
  const url = readStored(StorageKey.returnTo, isString);
  removeStored(StorageKey.returnTo);
  return url;
}

let ending = false;

setSessionHooks({
  refresh: refreshSession,
  ended: () => {
    // Several calls may fail together: one trip to the login page.
    if (ending) return;
    ending = true;
    clearSession();
    goToLogin();
    setTimeout(() => {
      ending = false;
    }, 1000);
  },
});
