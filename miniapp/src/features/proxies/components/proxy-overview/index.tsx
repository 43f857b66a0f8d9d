import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ErrorState } from '../../../../components/error-state';
import { LoadingState } from '../../../../components/loading-state';
import { RefusalNotice } from '../../../../components/refusal-notice';
import { Section } from '../../../../components/section';
import { a11y } from '../../../../lib/a11y';
import type { ApiError } from '../../../../lib/api/errors';
import { formatChineseDate } from '../../hooks/format-date';
import { useProxyLists, useRevokeActingFor, useRevokeMyProxy } from '../../hooks/use-proxy-lists';
import './index.scss';

/** What a proxy may do, in the 委托书's own words (its 委托事项). */
const MAY_DO =
  '代办人凭委托书，可以替参保人办理异地就医备案和医疗费用报销，查看办理进度；报销款只付到参保人本人的账户。';

interface Row {
  key: string;
  name: string;
  lines: string[];
  /** What the confirm asks, in plain words. */
  confirm: string;
}

function RevocableList({
  rows,
  empty,
  pending,
  onRevoke,
  testId,
}: {
  rows: Row[];
  empty: string;
  pending: boolean;
  onRevoke: (key: string) => void;
  testId: string;
}) {
  const [asking, setAsking] = useState<string | undefined>(undefined);
  if (rows.length === 0) return <Text className="proxy-overview__empty">{empty}</Text>;
  return (
    <View className="proxy-overview__list" data-testid={testId}>
      {rows.map((row) => (
        <View key={row.key} className="proxy-card" data-testid={`${testId}-${row.key}`}>
          <Text className="proxy-card__name">{row.name}</Text>
          {row.lines.map((line) => (
            <Text key={line} className="proxy-card__line">
              {line}
            </Text>
          ))}
          {asking === row.key ? (
            <View
              className="proxy-card__confirm"
              role="alertdialog"
              aria-label="确认撤销代办"
              data-testid={`${testId}-${row.key}-confirm`}
            >
              <Text className="proxy-card__confirm-text">{row.confirm}</Text>
              <Button
                {...a11y('button')}
                type="primary"
                size="large"
                block
                loading={pending}
                disabled={pending}
                onClick={() => onRevoke(row.key)}
              >
                确定撤销
              </Button>
              <Button {...a11y('button')} size="large" block onClick={() => setAsking(undefined)}>
                不撤销
              </Button>
            </View>
          ) : (
            <Button {...a11y('button')} size="large" block onClick={() => setAsking(row.key)}>
              撤销代办
            </Button>
          )}
        </View>
      ))}
    </View>
  );
}

export interface ProxyOverviewProps {
  onAdd: () => void;
}

/** 代办: the persons I act for and who acts for me, each revocable after a plain confirm. */
export function ProxyOverview({ onAdd }: ProxyOverviewProps) {
  const { actingFor, actingForMe } = useProxyLists();
  const [refusal, setRefusal] = useState<ApiError | undefined>(undefined);
  const revokeFor = useRevokeActingFor({ onDone: () => setRefusal(undefined), onError: setRefusal });
  const revokeMine = useRevokeMyProxy({ onDone: () => setRefusal(undefined), onError: setRefusal });

  if (actingFor.status === 'pending' || actingForMe.status === 'pending') return <LoadingState />;
  const failed = actingFor.error ?? actingForMe.error;
  if (failed) {
    return (
      <ErrorState
        message={failed.message}
        onRetry={() => {
          void actingFor.refetch();
          void actingForMe.refetch();
        }}
        testId="proxies-error"
      />
    );
  }

  const persons: Row[] = (actingFor.data?.persons ?? []).map((p) => ({
    key: p.personId,
    name: p.nameMasked,
    lines: [
      `您与参保人的关系：${p.relationshipName}`,
      `身份证号码：${p.idNumberMasked}`,
      `参保地：${p.insuredCityName} · ${p.insuranceTypeName}`,
      `${formatChineseDate(p.grantedAt)}起代办 · 委托书：${p.powerOfAttorney.kind === 'SIGNATURE' ? '手机上签署' : '纸质委托书照片'}`,
    ],
    confirm: `撤销后，您不能再替${p.nameMasked}办理备案和报销，也看不到${p.nameMasked}的办理进度。已经提交的办理不受影响。`,
  }));
  const proxies: Row[] = (actingForMe.data?.proxies ?? []).map((p) => ({
    key: p.proxyUserId,
    name: p.nameMasked,
    lines: [
      `对方与您的关系：${p.relationshipName}`,
      `${formatChineseDate(p.grantedAt)}起替您办理 · 委托书：${p.powerOfAttorney.kind === 'SIGNATURE' ? '手机上签署' : '纸质委托书照片'}`,
    ],
    confirm: `撤销后，${p.nameMasked}不能再替您办理备案和报销，也看不到您的办理进度。已经提交的办理不受影响。`,
  }));

  return (
    <View className="proxy-overview" data-testid="proxy-overview">
      <Text className="proxy-overview__title">代办</Text>
      <Text className="proxy-overview__lead">{MAY_DO}</Text>
      <Button {...a11y('button')} type="primary" size="large" block onClick={onAdd}>
        添加我要代办的人
      </Button>
      {refusal ? <RefusalNotice message={refusal.message} source={refusal.source} testId="proxies-refusal" /> : null}

      <Section title="我替谁办理" testId="proxies-acting-for">
        <RevocableList
          rows={persons}
          empty="您还没有替别人办理。要替家人办理，请点上面的“添加我要代办的人”。"
          pending={revokeFor.pending}
          onRevoke={(personId) => revokeFor.submit(personId)}
          testId="acting-for"
        />
      </Section>

      <Section title="谁在替我办理" testId="proxies-acting-for-me">
        <RevocableList
          rows={proxies}
          empty="没有人替您办理。"
          pending={revokeMine.pending}
          onRevoke={(proxyUserId) => revokeMine.submit(proxyUserId)}
          testId="acting-for-me"
        />
        {proxies.length > 0 ? (
          <Text className="proxy-overview__note">如果有人替您办理不是您委托的，请撤销，并联系参保地医保经办机构。</Text>
        ) : null}
      </Section>
    </View>
  );
}
