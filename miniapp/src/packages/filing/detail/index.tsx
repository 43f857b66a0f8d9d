import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../components/page-shell';
import { FilingDetail } from '../../../features/filing/components/filing-detail';

/** 备案详情 — status, validity, decisions with their 依据, the proof or the signed letter, 变更 and 取消. */
export default function FilingDetailPage() {
  const { params } = useRouter<{ id: string }>();
  return (
    <PageShell>
      <FilingDetail id={params.id ?? ''} />
    </PageShell>
  );
}
