import { PageShell } from '../../../components/page-shell';
import { CaseList } from '../../../features/cases/components/case-list';
import { navigate } from '../../../lib/navigate';

/** 我的办件 — drafts first (继续填写 opens the wizard where it stopped), then every case with its deadline. */
export default function CaseListPage() {
  return (
    <PageShell>
      <CaseList
        onOpen={(id) => void navigate.to('caseDetail', { id })}
        onContinue={(id) => void navigate.to('newClaim', { id })}
        onNew={() => void navigate.to('newClaim')}
      />
    </PageShell>
  );
}
