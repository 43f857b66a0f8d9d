import { Text } from '@tarojs/components';
import { PageShell } from '../../../components/page-shell';

/** 消息 — placeholder until the page is built. */
export default function MessagesPage() {
  return (
    <PageShell>
      <Text>即将开放</Text>
    </PageShell>
  );
}
