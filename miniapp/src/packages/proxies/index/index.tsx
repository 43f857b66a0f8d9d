import { PageShell } from '../../../components/page-shell';
import { ProxyOverview } from '../../../features/proxies/components/proxy-overview';
import { navigate } from '../../../lib/navigate';

/** 代办 — the persons I act for, and who acts for me. */
export default function ProxiesPage() {
  return (
    <PageShell>
      <ProxyOverview onAdd={() => void navigate.to('addProxy')} />
    </PageShell>
  );
}
