import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../components/page-shell';
import { PrivacyGate } from '../../../components/privacy-gate';
import { BindingForm } from '../../../features/entry/components/binding-form';
import { navigate } from '../../../lib/navigate';

/** 实名认证 — after the privacy guide (an ID number is typed here); then back where the user was going. */
export default function BindingPage() {
  const { params } = useRouter<{ returnTo?: string }>();
  const returnTo = params.returnTo ? decodeURIComponent(params.returnTo) : undefined;
  return (
    <PageShell>
      <PrivacyGate>
        <BindingForm onBound={() => void navigate.toRemembered(returnTo)} />
      </PrivacyGate>
    </PageShell>
  );
}
