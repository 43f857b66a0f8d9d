import { ElderToggle } from '../../../components/elder-toggle';
import { PageShell } from '../../../components/page-shell';
import { LoginPanel } from '../../../features/entry/components/login-panel';
import { useElderMode } from '../../../theme/elder-mode';

/** 登录 — also where WeChat's web OAuth comes back to on H5. */
export default function LoginPage() {
  const { elder, setElder } = useElderMode();
  return (
    <PageShell>
      <LoginPanel />
      <ElderToggle value={elder} onChange={setElder} />
    </PageShell>
  );
}
