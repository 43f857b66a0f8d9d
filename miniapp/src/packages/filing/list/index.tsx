import { Text } from '@tarojs/components';
import { PageShell } from '../../../components/page-shell';

/** 我的备案 — placeholder until the page is built. */
export default function FilingListPage() {
  return (
    <PageShell>
      <Text>即将开放</Text>
    </PageShell>
  );
}
