import type { CaseDetail } from '@shared/api/claims';
import {
  ELIGIBILITY_CASE,
  ELIGIBILITY_CASES,
  type EligibilityCase,
  EXPENSE_TYPE,
  EXPENSE_TYPES,
  type ExpenseType,
  STAY_EXPENSE_TYPES,
} from '@shared/domain/vocabulary';
import { Text, View } from '@tarojs/components';
import { type ReactNode, useEffect } from 'react';
import { ChoiceList } from '../../../../components/choice-list';
import { DivisionPicker } from '../../../../components/division-picker';
import { ErrorState } from '../../../../components/error-state';
import { LoadingState } from '../../../../components/loading-state';
import { PersonStep } from '../../../../components/person-step';
import { StepFrame } from '../../../../components/step-frame';
import { placeName } from '../../../../lib/divisions';
import { useClaimPersons } from '../../hooks/use-claim-reads';
import { type ClaimStep, STEPS, useClaimWizard } from '../../hooks/use-claim-wizard';
import { CONFLICT_MESSAGE, useDraftSave } from '../../hooks/use-draft-save';
import { BankStep } from '../bank-step';
import { DatesStep } from '../dates-step';
import { FactsStep } from '../facts-step';
import { HospitalStep } from '../hospital-step';
import { MaterialsStep } from '../materials-step';
import { NoticeStep } from '../notice-step';
import { SummaryStep } from '../summary-step';
import { CASE_LINE, EXPENSE_LINE } from '../texts';
import { VoucherStep } from '../voucher-step';
import './index.scss';

const TITLES: Record<ClaimStep, [string, string?]> = {
  notice: ['用户须知', '开始之前，请先读一读下面几句话。'],
  person: ['为谁报销', '请选择这次为谁申请报销。'],
  case: ['报销情形', '请选择最符合这次看病情况的一项。'],
  expense: ['费用类型', '这次花的是哪一类费用？'],
  facts: ['看病时的情况', '这决定还要准备哪些材料。'],
  place: ['在哪里看的病', '请选择医院所在的城市。'],
  dates: ['看病的日期', '请按“年-月-日”填写，例如 2026-09-27。'],
  hospital: ['在哪家医院', '输入医院名称中的几个字查找，再点选医院。'],
  voucher: ['电子票据', '请填写医院开给您的电子票据上的三项信息，它们印在票据的右上方。'],
  materials: ['上传材料', '可以拍照，也可以从相册选择；一项材料可以上传多页。'],
  bank: ['收款银行卡'],
  summary: ['核对并提交', '请核对以下内容和预估金额，无误后点“提交申请”。'],
};

export interface ClaimWizardProps {
  caseId?: string;
  onSubmitted: (caseId: string) => void;
}

/**
 * 申请报销 (SPEC §3.3, `000` 流程一), one question per screen: notice → for whom → case → expense type → facts →
 * place → dates (the draft is created here and saved from now on) → hospital → e-voucher → materials → bank
 * account → summary with the 预估 → submit. `caseId` resumes a draft where it stopped.
 */
export function ClaimWizard({ caseId, onSubmitted }: ClaimWizardProps) {
  const wizard = useClaimWizard(caseId, onSubmitted);
  const { step, go, skipTo, back, canGoBack, answers, update, claim, setClaim, resume } = wizard;
  const persons = useClaimPersons();
  const save = useDraftSave({
    onSaved: (saved) => {
      setClaim(saved);
      go('hospital');
    },
    reload: wizard.reload,
  });

  // Only one person to claim for: 为谁报销 is skipped.
  const only = persons.data?.persons.length === 1 ? persons.data.persons[0] : undefined;
  useEffect(() => {
    if (only && step === 'person') {
      update({ personId: only.personId });
      skipTo('case');
    }
  }, [only, step, update, skipTo]);

  // The steps this person walks (为谁报销 is not one when there is only oneself to claim for).
  const walked: readonly ClaimStep[] = only ? STEPS.filter((s) => s !== 'person') : STEPS;
  const index = walked.indexOf(step);
  const [title, lead] = TITLES[step];
  const frame = (children: ReactNode) => (
    <StepFrame
      title={title}
      lead={lead}
      progress={`第${index + 1}步，共${walked.length}步`}
      testId={`claim-step-${step}`}
      onBack={canGoBack ? back : undefined}
    >
      {save.conflict ? (
        <View className="claim-wizard__conflict" role="alert" data-testid="claim-conflict">
          <Text>{CONFLICT_MESSAGE}</Text>
        </View>
      ) : null}
      {children}
    </StepFrame>
  );

  if (resume.status === 'loading') return <LoadingState text="正在打开您的申请…" />;
  if (resume.status === 'error') {
    return <ErrorState message={resume.error.message} onRetry={() => wizard.retryResume()} />;
  }

  switch (step) {
    case 'notice':
      return frame(
        <NoticeStep
          accepted={answers.noticeAccepted}
          onAccept={() => {
            if (only) {
              update({ noticeAccepted: true, personId: only.personId });
              go('case');
            } else {
              update({ noticeAccepted: true });
              go('person');
            }
          }}
        />,
      );
    case 'person':
      if (persons.isPending || only) return frame(<LoadingState />);
      if (persons.isError)
        return frame(<ErrorState message={persons.error.message} onRetry={() => void persons.refetch()} />);
      return frame(
        <PersonStep
          testId="claim-person"
          verb="报销"
          persons={persons.data.persons}
          selected={answers.personId}
          onChoose={(personId) => {
            update({ personId });
            go('case');
          }}
        />,
      );
    case 'case':
      return frame(
        <ChoiceList
          testId="claim-case"
          selected={answers.eligibilityCase}
          onChoose={(key) => {
            update({ eligibilityCase: key as EligibilityCase });
            go('expense');
          }}
          choices={ELIGIBILITY_CASES.map((code) => ({
            key: code,
            title: ELIGIBILITY_CASE[code],
            line: CASE_LINE[code],
          }))}
        />,
      );
    case 'expense':
      return frame(
        <ChoiceList
          testId="claim-expense"
          selected={answers.expenseType}
          onChoose={(key) => {
            update({ expenseType: key as ExpenseType });
            go('facts');
          }}
          choices={EXPENSE_TYPES.map((code) => ({ key: code, title: EXPENSE_TYPE[code], line: EXPENSE_LINE[code] }))}
        />,
      );
    case 'facts':
      return frame(
        <FactsStep
          value={answers.facts}
          onDone={(facts) => {
            update({ facts });
            go('place');
          }}
        />,
      );
    case 'place':
      return frame(
        <DivisionPicker
          testId="claim-place"
          selected={answers.placeCode}
          onChoose={(place) => {
            update({ placeCode: place.code, hospital: undefined });
            go('dates');
          }}
        />,
      );
    case 'dates':
      return frame(
        <DatesStep
          stay={answers.expenseType !== undefined && STAY_EXPENSE_TYPES.includes(answers.expenseType)}
          admissionDate={answers.admissionDate}
          dischargeDate={answers.dischargeDate}
          saving={save.pending}
          error={save.error}
          onDone={(dates) => {
            const next = { ...answers, ...dates };
            update(dates);
            save.save(claim, next);
          }}
        />,
      );
    default:
      break;
  }

  if (!claim) return frame(<LoadingState />);
  switch (step) {
    case 'hospital':
      return frame(
        <HospitalStep
          cityCode={answers.placeCode}
          cityName={placeName(answers.placeCode ?? claim.visit.placeCode)}
          selected={answers.hospital}
          onChoose={(hospital) => {
            update({ hospital });
            go('voucher');
          }}
        />,
      );
    case 'voucher':
      return frame(
        <VoucherStep
          claim={claim}
          chosenHospitalName={answers.hospital?.name}
          onSaved={setClaim}
          onNext={() => go('materials')}
        />,
      );
    case 'materials':
      return frame(<MaterialsStep claim={claim} onSaved={setClaim} onNext={() => go('bank')} />);
    case 'bank':
      return frame(<BankStep claim={claim} onSaved={setClaim} onNext={() => go('summary')} />);
    case 'summary':
      return frame(
        <SummaryStep claim={claim} onSubmitted={(detail: CaseDetail) => onSubmitted(detail.claim.caseId)} />,
      );
    default:
      return null;
  }
}
