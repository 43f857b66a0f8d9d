/** 办事指南 — the services the applicant home screen offers, in the order an applicant needs them. */
export const HOME_SERVICES = [
  { id: 'filing', title: '异地就医备案', subtitle: '去外地看病前先备案，可线上承诺办理' },
  { id: 'claim', title: '手工报销', subtitle: '垫付的医疗费，线上申请报销' },
  { id: 'progress', title: '办理进度', subtitle: '每一步、每个办理时限都看得到' },
  { id: 'messages', title: '我的消息', subtitle: '补正通知、办理结果都在这里' },
] as const;
