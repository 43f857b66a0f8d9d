import { Text } from '@tarojs/components';
import { PageShell } from '../../../components/page-shell';

/** 代办 — placeholder until the page is built. */
export default function ProxiesPage() {
  return (
    <PageShell>
      <Text>即将开放</Text>
    </PageShell>
  );
}
