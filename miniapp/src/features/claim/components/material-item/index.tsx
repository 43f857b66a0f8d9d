import { Button } from '@nutui/nutui-react-taro';
import type { ChecklistResponse, ClaimView } from '@shared/api/claims';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { PageUploader } from '../../../../components/page-uploader';
import { RefusalNotice } from '../../../../components/refusal-notice';
import { a11y } from '../../../../lib/a11y';
import { useAttachMaterial } from '../../hooks/use-claim-writes';
import './index.scss';

type Item = ChecklistResponse['items'][number];

export interface MaterialItemProps {
  caseId: string;
  item: Item;
  eVoucherFetched: boolean;
  onSaved: (claim: ClaimView) => void;
}

/**
 * One checklist item: why it is needed (its 依据); satisfied by the e-voucher, or an uploader (camera or album,
 * several pages) and 保存 that attaches the confirmed pages to the draft.
 */
export function MaterialItem({ caseId, item, eVoucherFetched, onSaved }: MaterialItemProps) {
  const [fileIds, setFileIds] = useState<string[]>([]);
  const attach = useAttachMaterial(caseId, (claim) => {
    setFileIds([]);
    onSaved(claim);
  });
  const testId = `material-${item.item}`;
  const byVoucher = item.satisfiedByEVoucher && eVoucherFetched;
  const source = item.source.startsWith('依据') ? item.source : `依据：${item.source}`;

  return (
    <View className={`material-item${byVoucher ? ' material-item--done' : ''}`} data-testid={testId}>
      <Text className="material-item__name">{item.name}</Text>
      {byVoucher ? (
        <Text className="material-item__status" data-testid={`${testId}-by-voucher`}>
          ✓ 电子票据已包含，不用上传
        </Text>
      ) : null}
      <Text className="material-item__reason">
        {item.reason}（{source}）
      </Text>
      {byVoucher ? null : (
        <>
          {item.fileCount > 0 ? (
            <Text className="material-item__status" data-testid={`${testId}-saved`}>
              ✓ 已添加{item.fileCount}页
            </Text>
          ) : null}
          {item.form === 'TRAUMA_NO_THIRD_PARTY' ? (
            <Text className="material-item__form">
              请在纸质《外伤无第三方责任承诺书》上签名后拍照上传（手机上签署此承诺书暂未开放）。
            </Text>
          ) : null}
          <PageUploader
            purpose="CLAIM_MATERIAL"
            label={item.fileCount > 0 ? `再拍一页“${item.name}”` : `拍照或从相册选择“${item.name}”`}
            onChange={setFileIds}
            testId={`${testId}-uploader`}
          />
          {attach.error ? (
            <RefusalNotice message={attach.error.message} source={attach.error.source} testId={`${testId}-refusal`} />
          ) : null}
          {fileIds.length > 0 ? (
            <Button
              {...a11y('button')}
              type="primary"
              size="large"
              block
              loading={attach.pending}
              onClick={() => attach.submit({ item: item.item, fileIds })}
            >
              {attach.pending ? '正在保存…' : `保存这${fileIds.length}页`}
            </Button>
          ) : null}
        </>
      )}
    </View>
  );
}
