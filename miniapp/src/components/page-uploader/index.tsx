import { Button } from '@nutui/nutui-react-taro';
import type { UploadPurpose } from '@shared/api/uploads';
import { Image, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { a11y } from '../../lib/a11y';
import { toApiError } from '../../lib/api/errors';
import {
  type CheckedFile,
  type ChosenFile,
  checkChosen,
  choosePhotos,
  isRetryable,
  newAttempt,
  type UploadAttempt,
  uploadPage,
} from '../../lib/uploads';
import './index.scss';

export interface PageUploaderProps {
  /** What the pages are for (FILING_PROOF, POWER_OF_ATTORNEY, CLAIM_MATERIAL): the shared rule on type and size. */
  purpose: UploadPurpose;
  /** What to photograph, e.g. 就医地户口本（首页和本人页）. */
  label: string;
  /** One plain line on why / what counts (e.g. the 依据), optional. */
  hint?: string;
  /** Pages at most; default 20. */
  max?: number;
  /**
   * The confirmed uploads' fileIds, in page order, after every change (added, removed, retried); once on mount
   * with [] (a remounted uploader starts empty, and says so).
   */
  onChange: (fileIds: string[]) => void;
  /** On the root; each page `${testId}-page-<n>` (with data-status waiting|uploading|done|failed), the choose button
   * `${testId}-choose`, 重试 `${testId}-retry-<n>`, 删除 `${testId}-remove-<n>`. */
  testId?: string;
}

type PageStatus = 'waiting' | 'uploading' | 'done' | 'failed';

interface Page {
  key: string;
  file: ChosenFile;
  status: PageStatus;
  progress: number;
  /** Why it failed, in the API's (or the phone's) own words. */
  message?: string;
  /** Whether 重试 can help (a dropped line), or the page needs another photo (wrong type, too large). */
  retryable: boolean;
  request?: CheckedFile;
  fileId?: string;
}

let nextKey = 0;

/** Shared by the journeys: photograph or pick pages, each uploaded, confirmed, retried or removed on its own. */
export function PageUploader({
  purpose,
  label,
  hint,
  max = 20,
  onChange,
  testId = 'page-uploader',
}: PageUploaderProps) {
  const [pages, setPages] = useState<Page[]>([]);
  const [choosing, setChoosing] = useState(false);
  // Per page: its logical upload (one Idempotency-Key across its retries). Kept outside state: it is mutated.
  const attempts = useRef(new Map<string, UploadAttempt>());
  const running = useRef<string | undefined>(undefined);
  const live = useRef(true);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const lastSent = useRef<string | undefined>(undefined);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const update = useCallback((key: string, change: Partial<Page>) => {
    if (!live.current) return;
    setPages((current) => current.map((p) => (p.key === key ? { ...p, ...change } : p)));
  }, []);

  // The confirmed files, in page order, whenever they change.
  useEffect(() => {
    const ids = pages.filter((p) => p.status === 'done' && p.fileId).map((p) => p.fileId as string);
    const text = ids.join(',');
    if (text === lastSent.current) return;
    lastSent.current = text;
    onChangeRef.current(ids);
  }, [pages]);

  // One page at a time, in page order: a slow phone line carries one photo well rather than several badly.
  useEffect(() => {
    if (running.current && pages.some((p) => p.key === running.current && p.status === 'uploading')) return;
    const next = pages.find((p) => p.status === 'waiting');
    if (!next) {
      running.current = undefined;
      return;
    }
    running.current = next.key;
    void (async () => {
      const { key, file } = next;
      update(key, { status: 'uploading', progress: 0, message: undefined });
      let request = next.request;
      if (!request) {
        const checked = await checkChosen(purpose, file);
        if (!checked.ok) {
          update(key, { status: 'failed', message: checked.message, retryable: false });
          return;
        }
        request = checked.request;
        update(key, { request });
      }
      let attempt = attempts.current.get(key);
      if (!attempt) {
        attempt = newAttempt();
        attempts.current.set(key, attempt);
      }
      try {
        const confirmed = await uploadPage(file, request, attempt, (progress) => update(key, { progress }));
        update(key, { status: 'done', progress: 100, fileId: confirmed.fileId });
      } catch (caught) {
        const error = toApiError(caught);
        update(key, { status: 'failed', message: error.message, retryable: isRetryable(error) });
      }
    })();
  }, [pages, purpose, update]);

  const room = max - pages.length;

  const choose = async () => {
    if (choosing || room <= 0) return;
    setChoosing(true);
    try {
      const chosen = await choosePhotos(room);
      if (!live.current || chosen.length === 0) return;
      const added: Page[] = chosen.slice(0, room).map((file) => ({
        key: `page-${++nextKey}`,
        file,
        status: 'waiting',
        progress: 0,
        retryable: false,
      }));
      setPages((current) => [...current, ...added].slice(0, max));
    } finally {
      if (live.current) setChoosing(false);
    }
  };

  const retry = (key: string) => update(key, { status: 'waiting', progress: 0, message: undefined });

  const remove = (key: string) => {
    attempts.current.delete(key);
    setPages((current) => current.filter((p) => p.key !== key));
  };

  return (
    <View className="page-uploader" data-testid={testId}>
      <Text className="page-uploader__label">{label}</Text>
      {hint ? <Text className="page-uploader__hint">{hint}</Text> : null}
      {pages.length > 0 ? (
        <View className="page-uploader__pages">
          {pages.map((page, index) => (
            <PageRow
              key={page.key}
              page={page}
              number={index + 1}
              testId={testId}
              onRetry={() => retry(page.key)}
              onRemove={() => remove(page.key)}
            />
          ))}
        </View>
      ) : null}
      {room > 0 ? (
        <Button
          {...a11y('button', {
            label: pages.length > 0 ? `${label}：再拍一页或从相册选择` : `${label}：拍照或从相册选择`,
          })}
          className="page-uploader__choose"
          type="primary"
          fill="outline"
          size="large"
          block
          loading={choosing}
          data-testid={`${testId}-choose`}
          onClick={() => void choose()}
        >
          {pages.length > 0 ? '再拍一页或从相册选择' : '拍照或从相册选择'}
        </Button>
      ) : (
        <Text className="page-uploader__full">最多 {max} 页，已经够了。要换一页，请先删除。</Text>
      )}
    </View>
  );
}

interface PageRowProps {
  page: Page;
  number: number;
  testId: string;
  onRetry: () => void;
  onRemove: () => void;
}

function statusText(page: Page): string {
  switch (page.status) {
    case 'waiting':
      return '等待上传';
    case 'uploading':
      return `上传中 ${page.progress}%`;
    case 'done':
      return '已上传';
    default:
      return '没有传上去';
  }
}

/** One page: its thumbnail, 第n页, its progress or why it failed, 重试 and 删除. */
function PageRow({ page, number, testId, onRetry, onRemove }: PageRowProps) {
  const name = `第${number}页`;
  const alt = `${name}照片`;
  return (
    <View
      className={`page-uploader__page page-uploader__page--${page.status}`}
      data-testid={`${testId}-page-${number}`}
      data-status={page.status}
    >
      <View className="page-uploader__row">
        <Image
          className="page-uploader__thumb"
          src={page.file.path}
          mode="aspectFill"
          {...(process.env.TARO_ENV === 'weapp' ? { ariaLabel: alt } : { nativeProps: { alt }, imgProps: { alt } })}
        />
        <View className="page-uploader__info">
          <Text className="page-uploader__name">{name}</Text>
          <Text className="page-uploader__status" data-testid={`${testId}-status-${number}`}>
            {statusText(page)}
          </Text>
          {page.status === 'uploading' ? (
            <View className="page-uploader__bar">
              <View className="page-uploader__bar-fill" style={{ width: `${page.progress}%` }} />
            </View>
          ) : null}
        </View>
      </View>
      {page.status === 'failed' && page.message ? (
        <Text className="page-uploader__error" data-testid={`${testId}-error-${number}`}>
          {page.message}
        </Text>
      ) : null}
      <View className="page-uploader__actions">
        {page.status === 'failed' && page.retryable ? (
          <Button
            {...a11y('button', { label: `重试上传${name}` })}
            className="page-uploader__action"
            type="primary"
            data-testid={`${testId}-retry-${number}`}
            onClick={onRetry}
          >
            重试
          </Button>
        ) : null}
        <Button
          {...a11y('button', { label: `删除${name}` })}
          className="page-uploader__action page-uploader__action--remove"
          data-testid={`${testId}-remove-${number}`}
          onClick={onRemove}
        >
          删除
        </Button>
      </View>
    </View>
  );
}
