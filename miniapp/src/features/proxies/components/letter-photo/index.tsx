import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { PageUploader } from '../../../../components/page-uploader';
import { RefusalNotice } from '../../../../components/refusal-notice';
import { a11y } from '../../../../lib/a11y';

export interface LetterPhotoProps {
  pending: boolean;
  onSubmit: (fileId: string) => void;
}

/**
 * A photo of the paper 委托书, signed by the principal. `POST /v1/proxies` keeps one file for it, so one photo is
 * asked: the whole page with the signature.
 */
export function LetterPhoto({ pending, onSubmit }: LetterPhotoProps) {
  const [fileIds, setFileIds] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const first = fileIds[0];
  return (
    <View className="letter-photo">
      <PageUploader
        purpose="POWER_OF_ATTORNEY"
        label="纸质委托书的照片"
        hint="拍一张照片，能看清委托书的全部内容和委托人的签名。"
        max={1}
        onChange={(ids) => {
          setFileIds(ids);
          setProblem(undefined);
        }}
        testId="proxy-photo"
      />
      {problem ? <RefusalNotice message={problem} testId="proxy-photo-problem" /> : null}
      <Button
        {...a11y('button')}
        type="primary"
        size="large"
        block
        loading={pending}
        disabled={pending}
        onClick={() => (first ? onSubmit(first) : setProblem('请先拍照或选择委托书的照片，等它上传完成'))}
      >
        {pending ? '正在提交…' : '提交，添加代办'}
      </Button>
    </View>
  );
}
