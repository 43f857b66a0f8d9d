import { Text } from '@tarojs/components';
import { PageShell } from '../../../components/page-shell';

/** 办理备案 — placeholder until the page is built. */
export default function NewFilingPage() {
  return (
    <PageShell>
      <Text>即将开放</Text>
    </PageShell>
  );
}
