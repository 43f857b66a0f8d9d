// Main package: home only (what every visitor sees first). Each journey is a subpackage under packages/<journey>,
// so the main package stays small (SPEC §10); its pages are named in lib/navigate.ts, never as URL strings in pages.
export default defineAppConfig({
  pages: ['pages/home/index/index'],
  subPackages: [
    // 进入：登录、隐私保护指引、实名认证
    { root: 'packages/entry', name: 'entry', pages: ['login/index', 'binding/index'] },
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
