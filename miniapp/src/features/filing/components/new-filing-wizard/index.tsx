import { FILING_TYPE } from '@shared/domain/vocabulary';
import { type ReactNode, useEffect } from 'react';
import { ErrorState } from '../../../../components/error-state';
import { LoadingState } from '../../../../components/loading-state';
import { PersonStep } from '../../../../components/person-step';
import { StepFrame } from '../../../../components/step-frame';
import { formatChineseDate } from '../../../../utils/format-date';
import { useFilingOptions, useMyPersons } from '../../hooks/use-filings';
import { requestOf, useNewFiling, type WizardStep } from '../../hooks/use-new-filing';
import { BasisStep } from '../basis-step';
import { ConfirmStep } from '../confirm-step';
import { DestinationPicker } from '../destination-picker';
import { FilingResult } from '../filing-result';
import { LetterStep } from '../letter-step';
import { ProofStep } from '../proof-step';
import { SignStep } from '../sign-step';
import { SignerStep } from '../signer-step';
import { StartDateStep } from '../start-date-step';
import { TypeStep } from '../type-step';

const TITLES: Record<WizardStep, [string, string?]> = {
  person: ['为谁办理', '请选择这次为谁办理异地就医备案。'],
  type: ['人员类别', '请选择最符合情况的一项。'],
  destination: ['就医地', '请选择要去看病的地方。'],
  date: ['开始就医日期', '打算从哪天开始在那里看病？可以不填。'],
  basis: ['证明方式', '请选择怎样证明符合条件。'],
  proof: ['上传证明材料', '可以拍照，也可以从相册选择；一种材料可以上传多页。'],
  signer: ['承诺书信息', '承诺书上要写参保人的联系电话，并由参保人本人签名。'],
  letter: ['个人承诺书', '请仔细阅读下面的承诺书全文。'],
  sign: ['手写签名'],
  confirm: ['确认提交', '请核对以下内容，无误后点“确认提交”。'],
  result: ['办理结果'],
};

export interface NewFilingWizardProps {
  personId?: string;
  onOpenFiling: (filingId: string) => void;
  onList: () => void;
}

/** 办理备案, one question per screen: for whom → type → destination → start date → proof or commitment → submit. */
export function NewFilingWizard({ personId, onOpenFiling, onList }: NewFilingWizardProps) {
  const wizard = useNewFiling(personId);
  const { step, draft, go, back, startAt, update, canGoBack } = wizard;
  const persons = useMyPersons();
  const options = useFilingOptions(draft.personId);

  // Only one person to file for: the 为谁办理 screen is skipped.
  const only = persons.data?.persons.length === 1 ? persons.data.persons[0] : undefined;
  useEffect(() => {
    if (only && step === 'person' && !draft.personId) {
      update({ personId: only.personId });
      startAt('type');
    }
  }, [only, step, draft.personId, update, startAt]);

  const [title, lead] = TITLES[step];
  const frame = (children: ReactNode) => (
    <StepFrame
      title={title}
      lead={lead}
      testId={`filing-step-${step}`}
      onBack={canGoBack && step !== 'result' ? back : undefined}
    >
      {children}
    </StepFrame>
  );

  if (persons.isPending) return <LoadingState />;
  if (persons.isError) return <ErrorState message={persons.error.message} onRetry={() => void persons.refetch()} />;

  if (step === 'person') {
    return frame(
      <PersonStep
        testId="filing-person"
        verb="办理"
        persons={persons.data.persons}
        selected={draft.personId}
        onChoose={(id) => {
          update({ personId: id });
          go('type');
        }}
      />,
    );
  }

  if (options.isPending) return frame(<LoadingState />);
  if (options.isError) {
    return frame(<ErrorState message={options.error.message} onRetry={() => void options.refetch()} />);
  }
  const choice = options.data.types.find((t) => t.type === draft.type);
  const person = persons.data.persons.find((p) => p.personId === draft.personId);

  switch (step) {
    case 'type':
      return frame(
        <TypeStep
          types={options.data.types}
          selected={draft.type}
          onChoose={(type) => {
            update({ type });
            go('destination');
          }}
        />,
      );
    case 'destination':
      return frame(
        <DestinationPicker
          explanation={options.data.destination.explanation}
          selected={draft.destination?.code}
          onChoose={(destination) => {
            update({ destination });
            go('date');
          }}
        />,
      );
    case 'date':
      return frame(
        <StartDateStep
          value={draft.startDate}
          onChange={(startDate) => update({ startDate })}
          onNext={() => go('basis')}
        />,
      );
    case 'basis':
      if (!choice) return frame(<LoadingState />);
      return frame(
        <BasisStep
          type={choice}
          approval={options.data.approval}
          commitmentLock={options.data.commitmentLock}
          selected={draft.basis}
          onChoose={(basis) => {
            update({ basis });
            go(basis === 'PROOF' ? 'proof' : 'signer');
          }}
        />,
      );
    case 'proof':
      return frame(
        <ProofStep
          proofs={choice?.proofs ?? []}
          value={draft.proofs}
          onChange={(proof, fileIds) => update({ proofs: { ...draft.proofs, [proof]: fileIds } })}
          onNext={() => go('confirm')}
        />,
      );
    case 'signer':
      return frame(
        <SignerStep
          value={draft.signer}
          onDone={(signer) => {
            update({ signer });
            go('letter');
          }}
        />,
      );
    case 'letter':
    case 'sign': {
      if (!draft.personId || !draft.type || !draft.destination || !draft.signer) return frame(<LoadingState />);
      const input = {
        personId: draft.personId,
        type: draft.type,
        destinationCode: draft.destination.code,
        signer: draft.signer,
      };
      return step === 'letter'
        ? frame(<LetterStep input={input} onConfirmed={() => go('sign')} />)
        : frame(
            <SignStep
              input={input}
              onSigned={(signatureId) => {
                update({ signatureId });
                go('confirm');
              }}
            />,
          );
    }
    case 'confirm': {
      const request = requestOf(draft);
      if (!request) return frame(<LoadingState />);
      const pages = Object.values(draft.proofs).reduce((n, ids) => n + (ids?.length ?? 0), 0);
      return frame(
        <ConfirmStep
          request={request}
          rows={{
            person: person ? `${person.relation === 'self' ? '本人' : '代办'}：${person.nameMasked}` : '',
            type: choice?.name ?? (draft.type ? FILING_TYPE[draft.type] : ''),
            destination: draft.destination?.name ?? '',
            startDate: draft.startDate ? formatChineseDate(draft.startDate).date : '未填写',
            basis: draft.basis === 'COMMITMENT' ? '个人承诺书（已签名）' : `证明材料，共${pages}页`,
          }}
          onFiled={(result) => {
            update({ result });
            startAt('result');
          }}
          onUseDestination={(destination) => {
            update({ destination });
            if (draft.basis === 'COMMITMENT') go('letter');
          }}
        />,
      );
    }
    case 'result':
      return draft.result
        ? frame(
            <FilingResult
              filing={draft.result}
              onOpen={() => draft.result && onOpenFiling(draft.result.filingId)}
              onList={onList}
            />,
          )
        : null;
    default:
      return null;
  }
}
