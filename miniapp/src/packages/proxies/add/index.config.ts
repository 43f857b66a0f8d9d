export default definePageConfig({ navigationBarTitleText: '添加代办' });
