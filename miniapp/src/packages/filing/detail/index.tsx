import { Text } from '@tarojs/components';
import { PageShell } from '../../../components/page-shell';

/** 备案详情 — placeholder until the page is built. */
export default function FilingDetailPage() {
  return (
    <PageShell>
      <Text>即将开放</Text>
    </PageShell>
  );
}
