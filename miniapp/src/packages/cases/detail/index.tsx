import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../components/page-shell';
import { CaseDetailView } from '../../../features/cases/components/case-detail';
import { navigate } from '../../../lib/navigate';

/** 办件详情 — state, the current stage and its deadline, the notice, the allowed actions (撤回), the timeline. */
export default function CaseDetailPage() {
  const { params } = useRouter<{ id: string }>();
  return (
    <PageShell>
      <CaseDetailView id={params.id ?? ''} onContinue={(id) => void navigate.to('newClaim', { id })} />
    </PageShell>
  );
}
