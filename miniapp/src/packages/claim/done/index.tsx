import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../components/page-shell';
import { SubmittedView } from '../../../features/claim/components/submitted-view';
import { navigate } from '../../../lib/navigate';

/** 已提交 — the submitted case and by when it is accepted. */
export default function ClaimSubmittedPage() {
  const { params } = useRouter<{ id?: string }>();
  return (
    <PageShell>
      <SubmittedView caseId={params.id ?? ''} onHome={() => void navigate.restart('home')} />
    </PageShell>
  );
}
