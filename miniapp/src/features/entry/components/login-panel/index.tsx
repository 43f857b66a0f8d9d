import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { RefusalNotice } from '../../../../components/refusal-notice';
import { useLogin } from '../../hooks/use-login';
import './index.scss';
import { a11y } from '../../../../lib/a11y';

/** 登录: one button, WeChat does the rest (weapp `wx.login`; H5 the official account's 网页授权). */
export function LoginPanel() {
  const { login, busy, error } = useLogin();
  return (
    <View className="login-panel">
      <Text className="login-panel__title">登录</Text>
      <Text className="login-panel__lead">用您的微信登录，不需要另设密码。</Text>
      {error ? <RefusalNotice message={error.message} source={error.source} testId="login-error" /> : null}
      <Button {...a11y('button')} type="primary" size="large" block loading={busy} disabled={busy} onClick={login}>
        {busy ? '正在登录…' : '用微信登录'}
      </Button>
    </View>
  );
}
