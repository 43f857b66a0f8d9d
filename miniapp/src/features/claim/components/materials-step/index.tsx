import { Button } from '@nutui/nutui-react-taro';
import type { ClaimView } from '@shared/api/claims';
import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../../../components/error-state';
import { LoadingState } from '../../../../components/loading-state';
import { a11y } from '../../../../lib/a11y';
import { useChecklist } from '../../hooks/use-claim-reads';
import { MaterialItem } from '../material-item';
import './index.scss';

export interface MaterialsStepProps {
  claim: ClaimView;
  onSaved: (claim: ClaimView) => void;
  onNext: () => void;
}

/** The checklist from the API, one item per card; 下一步 once nothing is missing (else what is, by name). */
export function MaterialsStep({ claim, onSaved, onNext }: MaterialsStepProps) {
  const checklist = useChecklist(claim.caseId, claim.version);
  if (checklist.isPending) return <LoadingState text="正在读取材料清单…" />;
  if (checklist.isError) {
    return <ErrorState message={checklist.error.message} onRetry={() => void checklist.refetch()} />;
  }
  const list = checklist.data;
  // What still needs photos first; what the e-voucher already stands for after it.
  const byVoucher = (item: (typeof list.items)[number]) => item.satisfiedByEVoucher && list.eVoucherFetched;
  const items = [...list.items.filter((i) => !byVoucher(i)), ...list.items.filter(byVoucher)];
  return (
    <View className="materials-step" data-testid="claim-materials">
      {items.map((item) => (
        <MaterialItem
          key={item.item}
          caseId={claim.caseId}
          item={item}
          eVoucherFetched={list.eVoucherFetched}
          onSaved={onSaved}
        />
      ))}
      {list.complete ? (
        <Text className="materials-step__complete" data-testid="materials-complete">
          材料已齐全。
        </Text>
      ) : (
        <Text className="materials-step__missing" data-testid="materials-missing">
          还缺：{list.missing.map((m) => m.name).join('、')}
        </Text>
      )}
      <Button {...a11y('button')} type="primary" size="large" block disabled={!list.complete} onClick={onNext}>
        下一步：收款银行卡
      </Button>
    </View>
  );
}
