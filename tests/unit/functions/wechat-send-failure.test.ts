// WeChat's subscribe-message errcodes, classified in the adapter into the domain's push failures.
import { NO_ANSWER, sendFailureOf, WECHAT_ERRCODE } from '../../../functions/adapters/wechatMessages';

describe('WeChat send errcodes → push failure', () => {
  it.each([
    [WECHAT_ERRCODE.SYSTEM_BUSY, 'BUSY'], // -1 系统繁忙
    [NO_ANSWER, 'BUSY'], // no answer, timeout, not JSON
    [WECHAT_ERRCODE.QUOTA_REACHED, 'BUSY'], // 45009 接口调用超过限额
    [WECHAT_ERRCODE.USER_REFUSED, 'DECLINED'], // 43101 用户拒绝接受消息 / 授权已用完
    [WECHAT_ERRCODE.ACCESS_TOKEN_INVALID, 'REJECTED'], // 40001 still refused after the one refresh
    [WECHAT_ERRCODE.ACCESS_TOKEN_EXPIRED, 'REJECTED'], // 42001 likewise
    [40003, 'REJECTED'], // invalid openid
    [40037, 'REJECTED'], // invalid template_id
    [47003, 'REJECTED'], // template data does not fit
    [41030, 'REJECTED'], // invalid page
  ] as const)('errcode %i is %s', (errcode, failure) => {
    expect(sendFailureOf(errcode)).toBe(failure);
  });
});
