import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../components/page-shell';
import { PrivacyGate } from '../../../components/privacy-gate';
import { ClaimWizard } from '../../../features/claim/components/claim-wizard';
import { navigate } from '../../../lib/navigate';

/** 申请报销 — the wizard; photos and files are asked for, so the 隐私保护指引 comes first. `?id=` resumes a draft. */
export default function NewClaimPage() {
  const { params } = useRouter<{ id?: string }>();
  return (
    <PageShell>
      <PrivacyGate>
        <ClaimWizard caseId={params.id} onSubmitted={(id) => void navigate.replace('claimSubmitted', { id })} />
      </PrivacyGate>
    </PageShell>
  );
}
