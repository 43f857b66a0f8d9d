import { PageShell } from '../../../components/page-shell';
import { PrivacyGate } from '../../../components/privacy-gate';
import { AddProxy } from '../../../features/proxies/components/add-proxy';
import { navigate } from '../../../lib/navigate';

/** 添加代办 — the person I will act for, with the 委托书 (an ID number is typed and a photo may be taken here). */
export default function AddProxyPage() {
  return (
    <PageShell>
      <PrivacyGate>
        <AddProxy
          onFile={(personId) => void navigate.replace('newFiling', { personId })}
          onDone={() => void navigate.back()}
        />
      </PrivacyGate>
    </PageShell>
  );
}
