export default definePageConfig({ navigationBarTitleText: '申请报销' });
