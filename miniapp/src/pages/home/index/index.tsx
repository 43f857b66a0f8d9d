import { Toast } from '@nutui/nutui-react-taro';
import type { HomeService } from '@shared/api/home';
import { Text, View } from '@tarojs/components';
import { ElderToggle } from '../../../components/elder-toggle';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { PageShell } from '../../../components/page-shell';
import { PromiseList } from '../../../components/promise-list';
import { Section } from '../../../components/section';
import { ServiceTile } from '../../../components/service-tile';
import { TodayCard } from '../../../components/today-card';
import { AccountCard } from '../../../features/entry/components/account-card';
import { getHome } from '../../../features/home/api/home';
import { ProxyEntry } from '../../../features/home/components/proxy-entry';
import { useUnreadCount } from '../../../features/home/hooks/use-unread-count';
import { useRequest } from '../../../hooks/use-request';
import { navigate } from '../../../lib/navigate';
import { useElderMode } from '../../../theme/elder-mode';
import './index.scss';

const TOAST_ID = 'home-toast';

/** Where each tile leads; a tile with no journey behind it would say 即将开放 on its face and on tap. */
const OPEN: Partial<Record<HomeService['id'], () => void>> = {
  filing: () => void navigate.to('filings'),
  claim: () => void navigate.to('newClaim'),
  progress: () => void navigate.to('cases'),
  messages: () => void navigate.to('messages'),
};

/** 首页 — the applicant's first screen: services, service promises, today's working-day status. */
export default function HomePage() {
  const home = useRequest(getHome);
  const { elder, setElder } = useElderMode();
  const unread = useUnreadCount();

  // A journey not built yet says 即将开放 on its tile's face, and a tap says it again instead of opening an empty page.
  const openService = (id: HomeService['id']) => {
    const open = OPEN[id];
    if (open) open();
    else Toast.show(TOAST_ID, { content: '即将开放，敬请期待', duration: 2 });
  };

  return (
    <PageShell>
      <View className="home__header">
        <Text className="home__title" data-testid="home-title">
          异地就医线上办
        </Text>
        <Text className="home__subtitle">在外地看病的备案和报销，在手机上办</Text>
      </View>

      <ElderToggle value={elder} onChange={setElder} />
      <AccountCard />

      {home.status === 'loading' ? <LoadingState testId="home-loading" /> : null}

      {home.status === 'error' ? (
        <ErrorState message={home.error.message} onRetry={home.reload} testId="home-error" />
      ) : null}

      {home.status === 'success' ? (
        <View data-testid="home-content">
          <TodayCard today={home.data.today} />
          <Section title="我要办理">
            <View className="home__tiles">
              {home.data.services.map((service) => (
                <ServiceTile
                  key={service.id}
                  service={service}
                  soon={!OPEN[service.id]}
                  unread={service.id === 'messages' ? unread : undefined}
                  onTap={openService}
                />
              ))}
            </View>
            <ProxyEntry onTap={() => void navigate.to('proxies')} />
          </Section>
          {/* 长辈模式: a simpler home — what to do and today's status; the regions' promises stay in normal mode. */}
          {elder ? null : (
            <Section title="服务承诺" testId="home-promises">
              <PromiseList promises={home.data.promises} />
            </Section>
          )}
        </View>
      ) : null}

      <Toast id={TOAST_ID} />
    </PageShell>
  );
}
