export default definePageConfig({
  navigationBarTitleText: '异地就医线上办',
});
