// Main package: home only (what every visitor sees first). Each journey is a subpackage under packages/<journey>,
// so the main package stays small (SPEC §10); its pages are named in lib/navigate.ts, never as URL strings in pages.
export default defineAppConfig({
  pages: ['pages/home/index/index'],
  subPackages: [
    // 进入：登录、隐私保护指引、实名认证
    { root: 'packages/entry', name: 'entry', pages: ['login/index', 'binding/index'] },
    // 异地就医备案：我的备案、办理备案（为谁、人员类别、就医地、证明材料或个人承诺书）、备案详情（变更、取消）
    { root: 'packages/filing', name: 'filing', pages: ['list/index', 'new/index', 'detail/index'] },
    // 代办：我替谁办、谁替我办；添加代办（委托书）
    { root: 'packages/proxies', name: 'proxies', pages: ['index/index', 'add/index'] },
    // 消息：收件箱，每条打开它说的办件或备案
    { root: 'packages/messages', name: 'messages', pages: ['index/index'] },
    // 线上手工报销：报销向导（须知、为谁、情形、就医、电子票据、材料、银行账户、预估、提交），提交结果
    { root: 'packages/claim', name: 'claim', pages: ['new/index', 'done/index'] },
    // 办理进度：我的办件（草稿在前，继续填写）、办件详情（办理记录、当前环节时限、补正通知、撤回）
    { root: 'packages/cases', name: 'cases', pages: ['list/index', 'detail/index'] },
  ],
  window: {
    navigationBarTitleText: '异地就医线上办',
    navigationBarBackgroundColor: '#0a58ca',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f4f7',
    backgroundTextStyle: 'dark',
  },
  // 隐私保护指引: WeChat asks before privacy-relevant APIs (lib/privacy.ts answers with the user's choice).
  __usePrivacyCheck__: true,
});
