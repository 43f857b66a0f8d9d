import Taro from '@tarojs/taro';

/** Every key the app keeps in local storage, in one place (Taro H5 keeps them in localStorage as `{"data":…}`). */
export const StorageKey = {
  accessToken: 'auth.token',
  refreshToken: 'auth.refresh',
  userId: 'auth.userId',
  bound: 'auth.bound',
  /** The page to return to after login (a 401 or a page that needs login). */
  returnTo: 'auth.returnTo',
  /** The `state` of the web OAuth redirect in flight (H5), checked when WeChat comes back. */
  oauthState: 'auth.oauthState',
  /** Device-level 长辈模式 before anyone logs in; per user it is `ui.elderMode.<userId>`. */
  elderMode: 'ui.elderMode',
  /** The version of the 隐私保护指引 the user agreed to (H5; weapp keeps WeChat's own record too). */
  privacyAgreed: 'privacy.agreed',
} as const;

/** Reads a stored value; undefined when missing, unreadable or of another type than `guard` accepts. */
export function readStored<T>(key: string, guard: (value: unknown) => value is T): T | undefined {
  try {
    const value: unknown = Taro.getStorageSync<unknown>(key);
    return guard(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a value; a full or unavailable storage only loses it (the app still works for this visit). */
export function writeStored(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(key, value);
  } catch {
    // Storage full or unavailable.
  }
}

export function removeStored(key: string): void {
  try {
    Taro.removeStorageSync(key);
  } catch {
    // Nothing to remove.
  }
}

export const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
