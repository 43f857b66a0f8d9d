import type { HomeService } from '@shared/api/home';
import { Text, View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import './index.scss';

/** One character that stands for the service, drawn large on the tile (no icon font to download). */
const GLYPH: Record<HomeService['id'], string> = {
  filing: '备',
  claim: '报',
  progress: '查',
  messages: '信',
};

export interface ServiceTileProps {
  service: HomeService;
  /** The journey is not open yet: the tile says 即将开放 instead of leading to an empty page. */
  soon?: boolean;
  /** How many unread things wait behind the tile (消息): a badge in words, e.g. 3条未读; nothing when 0. */
  unread?: number;
  onTap: (id: HomeService['id']) => void;
}

/** A large tile for one service on the home screen (办事入口). */
export function ServiceTile({ service, soon = false, unread, onTap }: ServiceTileProps) {
  const badge = unread && unread > 0 ? `${unread > 99 ? '99+' : unread}条未读` : undefined;
  // Screen readers hear the tile as one button named by its words: title, then what waits behind it (3条未读).
  return (
    <View
      {...a11y('button')}
      className={`service-tile service-tile--${service.id}`}
      data-testid={`service-tile-${service.id}`}
      hoverClass="service-tile--pressed"
      onClick={() => onTap(service.id)}
    >
      <Text className="service-tile__glyph" aria-hidden="true">
        {GLYPH[service.id]}
      </Text>
      <View className="service-tile__text">
        <Text className="service-tile__title">{service.title}</Text>
        {badge ? (
          <Text className="service-tile__badge" data-testid={`service-tile-${service.id}-unread`}>
            {badge}
          </Text>
        ) : null}
        <Text className="service-tile__subtitle">{service.subtitle}</Text>
        {soon ? <Text className="service-tile__soon">即将开放</Text> : null}
      </View>
    </View>
  );
}
