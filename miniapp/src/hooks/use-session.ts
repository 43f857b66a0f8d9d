import { useEffect, useState } from 'react';
import { onSessionChange, readSession, type SessionSnapshot } from '../lib/session/session';

/** The logged-in user on this device (undefined when nobody is), re-rendering on login, logout and binding. */
export function useSession(): SessionSnapshot | undefined {
  const [session, setSession] = useState(readSession);
  useEffect(() => onSessionChange(setSession), []);
  return session;
}
