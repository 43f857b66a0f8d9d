import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { API_BASE_URL, pathOf } from '../../../lib/api/client';
import { refreshSession } from '../../../lib/session/session';
import { SIGNATURE_PDF_PATH } from '../../../lib/signatures/api';
import { readStored, StorageKey } from '../../../lib/storage';

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const FAILED = '没能打开签署的承诺书，请稍后重试';

function authHeader(): Record<string, string> {
  const token = readStored(StorageKey.accessToken, isText);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** H5: the PDF fetched with the token, opened as a blob URL (a plain link could not carry the token). */
async function openInBrowser(url: string): Promise<void> {
  let response = await fetch(url, { headers: authHeader() });
  if (response.status === 401 && (await refreshSession())) response = await fetch(url, { headers: authHeader() });
  if (!response.ok) throw new Error(FAILED);
  const blob = await response.blob();
  const address = URL.createObjectURL(blob);
  const opened = window.open(address, '_blank');
  if (!opened) window.location.assign(address);
}

/** weapp: downloadFile with the token, then WeChat's own document viewer. */
async function openInWeapp(url: string): Promise<void> {
  const download = () => Taro.downloadFile({ url, header: authHeader() });
  let result = await download();
  if (result.statusCode === 401 && (await refreshSession())) result = await download();
  if (result.statusCode !== 200) throw new Error(FAILED);
  await Taro.openDocument({ filePath: result.tempFilePath, fileType: 'pdf', showMenu: true });
}

/** Opens the signed letter's PDF (`GET /v1/signatures/{id}/pdf`); `error` says plainly when it could not. */
export function useLetterPdf(signatureId: string | null) {
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const open = useCallback(() => {
    if (!signatureId || opening) return;
    setOpening(true);
    setError(undefined);
    const url = `${API_BASE_URL}${pathOf(SIGNATURE_PDF_PATH, { signatureId })}`;
    const opener = process.env.TARO_ENV === 'weapp' ? openInWeapp : openInBrowser;
    opener(url)
      .catch(() => setError(FAILED))
      .finally(() => setOpening(false));
  }, [signatureId, opening]);
  return { open, opening, error };
}
