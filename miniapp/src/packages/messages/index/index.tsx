import { PageShell } from '../../../components/page-shell';
import { Inbox } from '../../../features/messages/components/inbox';

/** 消息 — the inbox. */
export default function MessagesPage() {
  return (
    <PageShell>
      <Inbox />
    </PageShell>
  );
}
