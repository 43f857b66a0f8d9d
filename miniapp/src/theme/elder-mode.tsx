import Taro from '@tarojs/taro';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

/** Storage key of the 长辈模式 (elder mode) switch; Taro H5 keeps it in localStorage as `{"data":true}`. */
export const ELDER_MODE_STORAGE_KEY = 'ui.elderMode';

interface ElderModeValue {
  /** 长辈模式 — large type and high contrast across the whole app. */
  elder: boolean;
  setElder: (elder: boolean) => void;
}

const ElderModeContext = createContext<ElderModeValue>({ elder: false, setElder: () => undefined });

function readStoredElderMode(): boolean {
  try {
    return Taro.getStorageSync<unknown>(ELDER_MODE_STORAGE_KEY) === true;
  } catch {
    return false;
  }
}

/** Holds the elder-mode choice for every page (Taro renders pages inside the App's React tree). */
export function ElderModeProvider({ children }: { children: ReactNode }) {
  const [elder, setElderState] = useState(readStoredElderMode);

  const setElder = useCallback((next: boolean) => {
    setElderState(next);
    try {
      Taro.setStorageSync(ELDER_MODE_STORAGE_KEY, next);
    } catch {
      // Storage full or unavailable: the choice still holds for this visit.
    }
  }, []);

  const value = useMemo(() => ({ elder, setElder }), [elder, setElder]);
  return <ElderModeContext.Provider value={value}>{children}</ElderModeContext.Provider>;
}

/** The current elder-mode choice and its setter. */
export function useElderMode(): ElderModeValue {
  return useContext(ElderModeContext);
}
