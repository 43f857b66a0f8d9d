import type { HomeService } from '@shared/api/home';
import { Text, View } from '@tarojs/components';
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
  onTap: (id: HomeService['id']) => void;
}

/** A large tile for one service on the home screen (办事入口). */
export function ServiceTile({ service, soon = false, onTap }: ServiceTileProps) {
  return (
    <View
      className={`service-tile service-tile--${service.id}`}
      data-testid={`service-tile-${service.id}`}
      hoverClass="service-tile--pressed"
      onClick={() => onTap(service.id)}
    >
      <Text className="service-tile__glyph">{GLYPH[service.id]}</Text>
      <View className="service-tile__text">
        <Text className="service-tile__title">{service.title}</Text>
        <Text className="service-tile__subtitle">{service.subtitle}</Text>
        {soon ? <Text className="service-tile__soon">即将开放</Text> : null}
      </View>
    </View>
  );
}
