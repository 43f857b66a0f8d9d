import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../../../components/error-state';
import { LoadingState } from '../../../../components/loading-state';
import { Section } from '../../../../components/section';
import { a11y } from '../../../../lib/a11y';
import { useFiling, useFilingOptions, useMyPersons } from '../../hooks/use-filings';
import { useLetterPdf } from '../../hooks/use-letter-pdf';
import { FilingActions } from '../filing-actions';
import { SummaryRows } from '../summary-rows';
import { dateText, filingDestinationName, submitterText, validityText } from '../texts';
import './index.scss';

const withBasis = (source: string) => (source.startsWith('依据') ? source : `依据：${source}`);

/** 备案详情: status, validity, who and where, the proof or the signed letter, each decision with its 依据. */
export function FilingDetail({ id }: { id: string }) {
  const query = useFiling(id);
  const persons = useMyPersons();
  const filing = query.data?.filing;
  const options = useFilingOptions(filing?.insuredPerson.personId);
  const pdf = useLetterPdf(filing?.signatureId ?? null);

  if (query.isPending) return <LoadingState />;
  if (query.isError || !filing) {
    return <ErrorState message={query.error?.message ?? '没有找到这份备案'} onRetry={() => void query.refetch()} />;
  }
  const myPersonId = persons.data?.persons.find((p) => p.relation === 'self')?.personId;
  // A commitment filing lists the 个人承诺书 as its proof with no pages: it is shown as the signed letter below.
  const proofs = filing.proofs.filter((p) => p.fileIds.length > 0);

  return (
    <View className="filing-detail" data-testid="filing-detail" data-status={filing.status}>
      <Text className="filing-detail__title">{filing.typeName}</Text>
      <Text className={`filing-detail__status filing-detail__status--${filing.status}`} data-testid="filing-status">
        {filing.statusName}
      </Text>
      {filing.status === 'PENDING_REVIEW' && filing.review ? (
        <Text className="filing-detail__note">
          医保经办机构将在{dateText(filing.review.deadline)}前审核完毕，结果会通知您。
        </Text>
      ) : null}
      {filing.refusalReason ? <Text className="filing-detail__note">{filing.refusalReason}</Text> : null}

      <SummaryRows
        testId="filing-facts"
        rows={[
          { label: '有效期', value: validityText(filing) },
          { label: '就医地', value: filingDestinationName(filing) },
          {
            label: '参保人',
            value: `${filing.insuredPerson.nameMasked}（身份证 ${filing.insuredPerson.idNumberMasked}）`,
          },
          { label: '办理人', value: submitterText(filing, myPersonId) },
          { label: '证明方式', value: filing.basisName },
          { label: '开始就医日期', value: filing.startDate ? dateText(filing.startDate) : '未填写' },
          { label: '办理日期', value: dateText(filing.filedOn) },
        ]}
      />

      {proofs.length > 0 ? (
        <Section title="证明材料" testId="filing-proofs">
          {proofs.map((proof) => (
            <View key={proof.proof} className="filing-detail__proof">
              <Text className="filing-detail__proof-name">
                {proof.proofName}（共{proof.fileIds.length}页）
              </Text>
              {proof.fileIds.map((fileId, index) => (
                <Text key={fileId} className="filing-detail__page" data-testid={`filing-proof-page-${index + 1}`}>
                  第{index + 1}页 已上传
                </Text>
              ))}
            </View>
          ))}
        </Section>
      ) : null}
      {filing.proofDue ? <Text className="filing-detail__note">证明材料还需要补交。</Text> : null}

      {filing.signatureId ? (
        <Section title="签署的个人承诺书" testId="filing-letter">
          <Button
            {...a11y('button')}
            size="large"
            block
            loading={pdf.opening}
            disabled={pdf.opening}
            onClick={pdf.open}
          >
            查看签署的承诺书（PDF）
          </Button>
          {pdf.error ? (
            <View className="filing-detail__note" role="alert">
              {pdf.error}
            </View>
          ) : null}
        </Section>
      ) : null}

      <FilingActions filing={filing} destinationExplanation={options.data?.destination.explanation} />

      <Section title="办理记录" testId="filing-decisions">
        {filing.decisions.map((d) => (
          <View key={`${d.at}-${d.action}`} className="filing-detail__decision">
            <Text className="filing-detail__decision-name">
              {dateText(d.at)} {d.actionName}
            </Text>
            {d.note ? <Text className="filing-detail__decision-note">{d.note}</Text> : null}
            <Text className="filing-detail__decision-source">{withBasis(d.source)}</Text>
          </View>
        ))}
      </Section>
    </View>
  );
}
