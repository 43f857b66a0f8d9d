import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { onSessionChange, readSession } from '../lib/session/session';
import { isBoolean, readStored, StorageKey, writeStored } from '../lib/storage';

/** Storage key of the device-level 长辈模式 (elder mode) switch, used before anyone logs in. */
export const ELDER_MODE_STORAGE_KEY = StorageKey.elderMode;

/** Where the choice of user `userId` is kept: each user of a shared phone keeps their own. */
export const elderModeKeyOf = (userId: string | undefined) =>
  userId ? `${StorageKey.elderMode}.${userId}` : StorageKey.elderMode;

interface ElderModeValue {
  /** 长辈模式 — large type and high contrast across the whole app. */
  elder: boolean;
  setElder: (elder: boolean) => void;
}

const ElderModeContext = createContext<ElderModeValue>({ elder: false, setElder: () => undefined });

/** The user's own choice; a user who never chose takes the device's (and keeps it from now on). */
function storedChoice(userId: string | undefined): boolean {
  const device = readStored(StorageKey.elderMode, isBoolean) ?? false;
  if (!userId) return device;
  const own = readStored(elderModeKeyOf(userId), isBoolean);
  if (own !== undefined) return own;
  writeStored(elderModeKeyOf(userId), device);
  return device;
}

/** Holds the elder-mode choice for every page (Taro renders pages inside the App's React tree). */
export function ElderModeProvider({ children }: { children: ReactNode }) {
  const [userId, setUserId] = useState(() => readSession()?.userId);
  const [elder, setElderState] = useState(() => storedChoice(userId));

  useEffect(
    () =>
      onSessionChange((session) => {
        setUserId(session?.userId);
        setElderState(storedChoice(session?.userId));
      }),
    [],
  );

  const setElder = useCallback(
    (next: boolean) => {
      setElderState(next);
      // The device remembers the last choice too: the login page before the next login shows it.
      writeStored(StorageKey.elderMode, next);
      if (userId) writeStored(elderModeKeyOf(userId), next);
    },
    [userId],
  );

  const value = useMemo(() => ({ elder, setElder }), [elder, setElder]);
  return <ElderModeContext.Provider value={value}>{children}</ElderModeContext.Provider>;
}

/** The current elder-mode choice and its setter. */
export function useElderMode(): ElderModeValue {
  return useContext(ElderModeContext);
}
