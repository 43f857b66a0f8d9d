// One page's upload, as the API wants it (shared/api/uploads.ts, functions/usecases/documents/uploads.ts):
// announce (`POST /v1/uploads`: purpose, type, size; one Idempotency-Key per logical upload, kept across its
// retries) → PUT the bytes to the presigned URL with exactly the headers it came with → confirm
// (`POST /v1/uploads/{fileId}/confirm`: the API reads the bytes and refuses a file that is not what it says).
// H5: the chosen File itself, PUT with XMLHttpRequest (real upload progress). weapp: the temp file read as an
// ArrayBuffer and PUT with Taro.request (no upload progress there: the progress is staged).
import type { CreateUploadResponse, UploadPurpose, UploadResponse } from '@shared/api/uploads';
import Taro from '@tarojs/taro';
import { callEndpoint, createIdempotencyKey } from '../api/client';
import { ApiError, ClientErrorCode, ClientErrorMessage, toApiError } from '../api/errors';
import { postUploadConfirm, postUploads } from './api';
import { type CheckedFile, checkFile, SNIFF_BYTES, sniffContentType } from './check';

/** A file the person chose: what to preview and where its bytes are. */
export interface ChosenFile {
  /** A `blob:` URL (H5) or a temp path (weapp): for the thumbnail, and on weapp where the bytes are. */
  path: string;
  size: number;
  /** H5: the File itself. */
  blob?: Blob;
}

/** Opens the camera or the album for up to `count` photos; an empty list when the person cancels. */
export async function choosePhotos(count: number): Promise<ChosenFile[]> {
  const wanted = Math.max(1, Math.min(count, 9));
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const result = await Taro.chooseMedia({
        count: wanted,
        mediaType: ['image'],
        sizeType: ['compressed'],
        sourceType: ['camera', 'album'],
      });
      return result.tempFiles.map((f) => ({ path: f.tempFilePath, size: f.size }));
    }
    const result = await Taro.chooseImage({ count: wanted, sizeType: ['compressed'], sourceType: ['camera', 'album'] });
    return result.tempFiles.map((f) => {
      const blob = (f as { originalFileObj?: Blob }).originalFileObj;
      return { path: f.path, size: blob?.size ?? f.size, blob };
    });
  } catch {
    // Cancelled (or the picker could not open): nothing chosen.
    return [];
  }
}

function readWeappFile(path: string, length?: number): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: path,
      ...(length ? { position: 0, length } : {}),
      success: (res) => resolve(res.data as ArrayBuffer),
      fail: reject,
    });
  });
}

async function blobOf(file: ChosenFile): Promise<Blob> {
  if (file.blob) return file.blob;
  const answer = await fetch(file.path);
  return answer.blob();
}

/** The chosen file checked on the phone with the shared rule: the body to announce it, or the API's own message. */
export async function checkChosen(
  purpose: UploadPurpose,
  file: ChosenFile,
): Promise<{ ok: true; request: CheckedFile } | { ok: false; message: string }> {
  const length = Math.min(SNIFF_BYTES, file.size);
  let head: ArrayBuffer;
  try {
    head =
      length < 1
        ? new ArrayBuffer(0)
        : process.env.TARO_ENV === 'weapp'
          ? await readWeappFile(file.path, length)
          : await (await blobOf(file)).slice(0, length).arrayBuffer();
  } catch {
    return { ok: false, message: '读取不了这张照片，请重新选择' };
  }
  return checkFile(purpose, sniffContentType(head), file.size);
}

/** What one page's upload remembers across its retries: its Idempotency-Key and the announced PUT. */
export interface UploadAttempt {
  idempotencyKey: string;
  announced?: CreateUploadResponse;
}

/** A new logical upload. */
export function newAttempt(): UploadAttempt {
  return { idempotencyKey: createIdempotencyKey() };
}

/** Codes of this module's own failures (the API's refusals keep the API's code). */
export const UploadErrorCode = {
  put: 'UPLOAD_PUT_FAILED',
  putExpired: 'UPLOAD_PUT_EXPIRED',
} as const;

const PUT_FAILED = '照片没有传上去，请检查网络后点“重试”';
// A presigned PUT is good for 10 minutes: one within a minute of its end is announced anew.
const EXPIRY_MARGIN_MS = 60_000;

/**
 * Whether 重试 can help: a dropped connection, the server's own trouble, a PUT that did not arrive. A refusal of the
 * file itself (wrong type, too large, damaged — the API has deleted it) needs another photo, not a retry.
 */
export function isRetryable(error: ApiError): boolean {
  if (error.status === 0 || error.status >= 500 || error.status === 401 || error.status === 404) return true;
  return (
    error.code === UploadErrorCode.put ||
    error.code === UploadErrorCode.putExpired ||
    error.code === 'UPLOAD_NOT_RECEIVED' ||
    error.code === 'IDEMPOTENCY_IN_PROGRESS' ||
    error.status === 429
  );
}

type Progress = (percent: number) => void;

function putH5(announced: CreateUploadResponse, body: Blob, onProgress: Progress): Promise<number> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', announced.uploadUrl);
    for (const [name, value] of Object.entries(announced.headers)) {
      // The browser sets Content-Length (and Host) itself, from the body.
      if (!/^(content-length|host)$/i.test(name)) xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => resolve(xhr.status);
    xhr.onerror = () => resolve(0);
    xhr.ontimeout = () => resolve(0);
    xhr.timeout = 120_000;
    xhr.send(body);
  });
}

async function putWeapp(announced: CreateUploadResponse, path: string): Promise<number> {
  const data = await readWeappFile(path);
  try {
    const answer = await Taro.request({
      url: announced.uploadUrl,
      method: 'PUT',
      header: announced.headers,
      data,
      dataType: 'text',
      responseType: 'text',
      timeout: 120_000,
    });
    return answer.statusCode;
  } catch {
    return 0;
  }
}

/**
 * Uploads one checked page and answers the confirmed upload. `attempt` is the page's own (keep it for 重试): the
 * same Idempotency-Key until the announced PUT has expired, and the announce is skipped when a live one is held.
 * `onProgress` gets 0–100. Throws an ApiError (see `isRetryable`).
 */
export async function uploadPage(
  file: ChosenFile,
  request: CheckedFile,
  attempt: UploadAttempt,
  onProgress: Progress,
): Promise<UploadResponse> {
  try {
    onProgress(0);
    if (attempt.announced && Date.parse(attempt.announced.expiresAt) - EXPIRY_MARGIN_MS < Date.now()) {
      // Expired: its replay would hand back the same dead URL; this is a new announce.
      attempt.announced = undefined;
      attempt.idempotencyKey = createIdempotencyKey();
    }
    const announced =
      attempt.announced ?? (await callEndpoint(postUploads, { body: request, idempotencyKey: attempt.idempotencyKey }));
    attempt.announced = announced;
    onProgress(10);

    let status: number;
    if (process.env.TARO_ENV === 'weapp') {
      onProgress(50);
      status = await putWeapp(announced, file.path);
    } else {
      status = await putH5(announced, await blobOf(file), (share) => onProgress(10 + Math.round(share * 80)));
    }
    if (status < 200 || status >= 300) {
      // 403: the signature no longer holds (expired, clock): announce anew on the retry.
      if (status === 403) {
        attempt.announced = undefined;
        attempt.idempotencyKey = createIdempotencyKey();
      }
      throw new ApiError({
        code: status === 403 ? UploadErrorCode.putExpired : UploadErrorCode.put,
        message: PUT_FAILED,
        status,
      });
    }
    onProgress(90);

    const confirmed = await callEndpoint(postUploadConfirm, { params: { fileId: announced.fileId } });
    onProgress(100);
    return confirmed;
  } catch (caught) {
    const error = toApiError(caught);
    // The API deleted a refused file, or no longer knows it: whatever comes next is a new logical upload.
    const keepsAnnounce = error.code === 'UPLOAD_NOT_RECEIVED' || error.code === 'IDEMPOTENCY_IN_PROGRESS';
    if (!keepsAnnounce && (error.status === 400 || error.status === 404 || error.status === 422)) {
      attempt.announced = undefined;
      attempt.idempotencyKey = createIdempotencyKey();
    }
    if (error.code === ClientErrorCode.unexpected) {
      throw new ApiError({ code: error.code, message: ClientErrorMessage.network, status: 0, cause: caught });
    }
    throw error;
  }
}
