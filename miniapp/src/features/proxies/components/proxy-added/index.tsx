import { Button } from '@nutui/nutui-react-taro';
import type { ProxyPerson } from '@shared/api/proxies';
import { Text, View } from '@tarojs/components';
import { a11y } from '../../../../lib/a11y';
import './index.scss';

export interface ProxyAddedProps {
  person: ProxyPerson;
  onFile: () => void;
  onDone: () => void;
}

/** 添加成功: whom the user may now act for, and the next thing they likely want to do. */
export function ProxyAdded({ person, onFile, onDone }: ProxyAddedProps) {
  return (
    <View className="proxy-added" data-testid="proxy-added">
      <Text className="proxy-added__title">已添加代办</Text>
      <Text className="proxy-added__lead">您现在可以为{person.nameMasked}办理备案和报销</Text>
      <Text className="proxy-added__line">
        您与参保人的关系：{person.relationshipName} · 参保地：{person.insuredCityName} · {person.insuranceTypeName}
      </Text>
      <Text className="proxy-added__line">
        以后您每次以{person.nameMasked}的名义办理备案或报销，{person.nameMasked}都会收到一条消息。
      </Text>
      <Button {...a11y('button')} type="primary" size="large" block onClick={onFile}>
        为{person.nameMasked}办理备案
      </Button>
      <Button {...a11y('button')} size="large" block onClick={onDone}>
        返回代办
      </Button>
    </View>
  );
}
