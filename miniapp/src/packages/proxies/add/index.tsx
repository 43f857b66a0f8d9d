import { Text } from '@tarojs/components';
import { PageShell } from '../../../components/page-shell';

/** 添加代办 — placeholder until the page is built. */
export default function AddProxyPage() {
  return (
    <PageShell>
      <Text>即将开放</Text>
    </PageShell>
  );
}
