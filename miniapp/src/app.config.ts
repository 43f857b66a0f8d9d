export default defineAppConfig({
  pages: ['pages/home/index/index'],
  window: {
    navigationBarTitleText: '异地就医线上办',
    navigationBarBackgroundColor: '#0a58ca',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f4f7',
    backgroundTextStyle: 'dark',
  },
});
