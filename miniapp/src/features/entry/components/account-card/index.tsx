import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { navigate } from '../../../../lib/navigate';
import { useMe } from '../../hooks/use-me';
import './index.scss';
import { a11y } from '../../../../lib/a11y';

/** Home's "who am I" card: log in, finish 实名认证, or greet the bound person by their (masked) name. */
export function AccountCard() {
  const { session, data: me, isError } = useMe();

  if (!session) {
    return (
      <View className="account-card" data-testid="account-card">
        <Text className="account-card__title">登录后办理备案和报销</Text>
        <Button {...a11y('button')} type="primary" size="large" block onClick={() => void navigate.to('login')}>
          用微信登录
        </Button>
      </View>
    );
  }
  if (!session.bound || me?.bound === false) {
    return (
      <View className="account-card" data-testid="account-card">
        <Text className="account-card__title">还差一步：实名认证</Text>
        <Text className="account-card__text">填写姓名和身份证号码，确认是您本人后就能办理。</Text>
        <Button {...a11y('button')} type="primary" size="large" block onClick={() => void navigate.to('binding')}>
          去实名认证
        </Button>
      </View>
    );
  }
  const person = me?.insuredPerson;
  return (
    <View className="account-card" data-testid="account-card">
      <Text className="account-card__title" data-testid="account-name">
        {person ? `${person.nameMasked}，您好` : isError ? '您好' : '正在读取您的信息…'}
      </Text>
      {person ? (
        <Text className="account-card__text">
          参保地：{person.insuredCityName} · {person.insuranceTypeName}
        </Text>
      ) : null}
    </View>
  );
}
