import Taro from '@tarojs/taro';
import { isString, readStored, StorageKey, writeStored } from './storage';

/** The version of our 隐私保护指引: a new version asks again. */
export const PRIVACY_GUIDE_VERSION = '2026-12-01';

type Resolve = (answer: { event: 'agree' | 'disagree'; buttonId?: string }) => void;
let pendingWechatRequest: Resolve | undefined;

interface WxPrivacyApi {
  onNeedPrivacyAuthorization?: (listener: (resolve: Resolve) => void) => void;
  getPrivacySetting?: (options: { success: (res: { needAuthorization: boolean }) => void; fail: () => void }) => void;
}
const wxApi = (): WxPrivacyApi | undefined =>
  process.env.TARO_ENV === 'weapp' ? (globalThis as { wx?: WxPrivacyApi }).wx : undefined;

/** Whether this device's user agreed to the current guide (H5: our record; weapp: WeChat's, asked first). */
export async function isPrivacyAgreed(): Promise<boolean> {
  const wx = wxApi();
  if (wx?.getPrivacySetting) {
    const getPrivacySetting = wx.getPrivacySetting;
    const need = await new Promise<boolean>((resolve) =>
      getPrivacySetting({ success: (res) => resolve(res.needAuthorization), fail: () => resolve(true) }),
    );
    return !need;
  }
  return readStored(StorageKey.privacyAgreed, isString) === PRIVACY_GUIDE_VERSION;
}

/** Records the agreement; in weapp the agree button itself (open-type agreePrivacyAuthorization) tells WeChat. */
export function recordPrivacyAgreement(): void {
  writeStored(StorageKey.privacyAgreed, PRIVACY_GUIDE_VERSION);
  pendingWechatRequest?.({ event: 'agree', buttonId: 'privacy-agree' });
  pendingWechatRequest = undefined;
}

type NeedListener = () => void;
let needListener: NeedListener | undefined;

/** The privacy gate on screen asks to be told when WeChat needs the agreement (a photo chosen before agreeing). */
export function onPrivacyNeeded(listener: NeedListener | undefined): void {
  needListener = listener;
}

/**
 * weapp: WeChat calls this before a privacy-relevant API (choosing a photo or file) when the user has not agreed;
 * the gate shows the guide and answers with the user's choice. Installed once at app start.
 */
export function listenForWechatPrivacyRequests(): void {
  const wx = wxApi();
  wx?.onNeedPrivacyAuthorization?.((resolve) => {
    pendingWechatRequest = resolve;
    if (needListener) needListener();
    else void Taro.showToast({ title: '请先阅读并同意隐私保护指引', icon: 'none' });
  });
}
