import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../components/page-shell';
import { PrivacyGate } from '../../../components/privacy-gate';
import { NewFilingWizard } from '../../../features/filing/components/new-filing-wizard';
import { navigate } from '../../../lib/navigate';

/** 办理备案 — the wizard; photos and files are asked for, so the 隐私保护指引 comes first. */
export default function NewFilingPage() {
  const { params } = useRouter<{ personId?: string }>();
  return (
    <PageShell>
      <PrivacyGate>
        <NewFilingWizard
          personId={params.personId}
          onOpenFiling={(id) => void navigate.replace('filing', { id })}
          onList={() => void navigate.replace('filings')}
        />
      </PrivacyGate>
    </PageShell>
  );
}
