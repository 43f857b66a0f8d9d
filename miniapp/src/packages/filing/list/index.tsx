import { PageShell } from '../../../components/page-shell';
import { FilingList } from '../../../features/filing/components/filing-list';
import { navigate } from '../../../lib/navigate';

/** 我的备案 — every filing (mine and those I filed as proxy) and 办理新的备案. */
export default function FilingListPage() {
  return (
    <PageShell>
      <FilingList onNew={() => void navigate.to('newFiling')} onOpen={(id) => void navigate.to('filing', { id })} />
    </PageShell>
  );
}
