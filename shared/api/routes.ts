import { z } from 'zod';
import { AuthSessionSchema, RefreshRequestSchema, WechatLoginRequestSchema, WechatWebLoginRequestSchema } from './auth';
import {
  AttachMaterialsRequestSchema,
  BankAccountRequestSchema,
  CaseDetailSchema,
  CaseListResponseSchema,
  ChecklistResponseSchema,
  ClaimViewSchema,
  CreateClaimRequestSchema,
  MaterialDownloadResponseSchema,
  PatchClaimRequestSchema,
  ResubmitClaimRequestSchema,
  SubmitClaimRequestSchema,
  VoucherRequestSchema,
  WithdrawClaimRequestSchema,
} from './claims';
import { ClaimEstimateResponseSchema } from './estimates';
import {
  CancelFilingRequestSchema,
  ChangeFilingRequestSchema,
  CreateFilingRequestSchema,
  FilingListResponseSchema,
  FilingOptionsQuerySchema,
  FilingOptionsResponseSchema,
  FilingResponseSchema,
} from './filings';
import { HealthResponseSchema } from './health';
import { HomeResponseSchema } from './home';
import { HospitalSearchQuerySchema, HospitalSearchResponseSchema } from './hospitals';
import { BindingRequestSchema, BindingResponseSchema, MeResponseSchema, MyPersonsResponseSchema } from './me';
import { MessageListResponseSchema, MessageResponseSchema } from './messages';
import {
  CaseMaterialParams,
  CaseParams,
  FilingParams,
  MessageParams,
  MyProxyParams,
  ProxyParams,
  ResultFormParams,
  SignatureParams,
  StaffQueueParams,
  UploadParams,
} from './params';
import {
  AddProxyRequestSchema,
  MyProxyListResponseSchema,
  ProxyListResponseSchema,
  ProxyPersonSchema,
  RevokeMyProxyResponseSchema,
  RevokeProxyResponseSchema,
} from './proxies';
import { StaffRemindersResponseSchema } from './reminders';
import { VerifyResultFormResponseSchema } from './resultForms';
import {
  CreateSignatureRequestSchema,
  CreateSignatureResponseSchema,
  SignaturePreviewRequestSchema,
  SignaturePreviewResponseSchema,
  SignatureResponseSchema,
} from './signatures';
import {
  StaffAuditResponseSchema,
  StaffCaseDetailSchema,
  StaffCaseSensitiveSchema,
  StaffFilingDetailSchema,
  StaffLoginRequestSchema,
  StaffLogoutResponseSchema,
  StaffMaterialDownloadSchema,
  StaffProfileSchema,
  StaffQueueResponseSchema,
  StaffSessionSchema,
} from './staff';
import {
  SettlementPreviewRequestSchema,
  SettlementPreviewResponseSchema,
  StaffActionResponseSchema,
  StaffFilingReviewRequestSchema,
  StaffFilingReviewResponseSchema,
  StaffNoticeRequestSchema,
  StaffPaymentRequestSchema,
  StaffReasonRequestSchema,
  StaffReviewRequestSchema,
  StaffSecondReviewRequestSchema,
  StaffVersionRequestSchema,
} from './staffActions';
import { SubscriptionReportSchema, SubscriptionsResponseSchema } from './subscriptions';
import { CreateUploadRequestSchema, CreateUploadResponseSchema, UploadResponseSchema } from './uploads';

/** Who may call a route: anyone, a logged-in WeChat user, a real-name-bound user, or agency staff. */
export type RouteAuth = 'public' | 'user' | 'bound' | 'staff';

/** One endpoint of the contract: the handlers implement it, the client calls it, the OpenAPI document shows it. */
export type RouteDefinition = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: `/v1/${string}` | '/v1';
  summary: string;
  auth: RouteAuth;
  /**
   * The path parameters, one schema per `{name}` of `path` (shared/api/params.ts): checked before the handler runs
   * (functions/http/http.ts), a value that does not fit answered 400 per parameter. Required when `path` has any.
   */
  params?: z.ZodObject<Record<string, z.ZodType<string, string>>>;
  /** The query string's parameters, for the API document (the handler parses them with the same schema). */
  query?: z.ZodObject;
  /** JSON body of a mutating request. */
  body?: z.ZodType;
  /** The 2xx answer. */
  response: z.ZodType;
  /** The 2xx answer's media type when it is not JSON (a PDF). */
  responseType?: 'application/pdf';
  /** Accepts an `Idempotency-Key` header (mutations that create something). */
  idempotent?: boolean;
};

/** Every route of the HTTP API, by handler name. serverless.yml's httpApi events must match this table. */
export const ROUTES = {
  getHealth: {
    method: 'GET',
    path: '/v1/health',
    summary: '各依赖的状态（健康检查）',
    auth: 'public',
    response: HealthResponseSchema,
  },
  getHome: {
    method: 'GET',
    path: '/v1/home',
    summary: '首页：办事入口、各地服务承诺时限、今天是否工作日',
    auth: 'public',
    response: HomeResponseSchema,
  },
  getOpenApi: {
    method: 'GET',
    path: '/v1/openapi.json',
    summary: '本接口文档（OpenAPI 3.1）',
    auth: 'public',
    response: z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }),
  },
  postAuthWechat: {
    method: 'POST',
    path: '/v1/auth/wechat',
    summary: '小程序登录：wx.login 的 code 换取本系统的登录凭证',
    auth: 'public',
    body: WechatLoginRequestSchema,
    response: AuthSessionSchema,
  },
  postAuthWechatWeb: {
    method: 'POST',
    path: '/v1/auth/wechat-web',
    summary: '公众号网页登录：网页授权回调的 code 换取本系统的登录凭证',
    auth: 'public',
    body: WechatWebLoginRequestSchema,
    response: AuthSessionSchema,
  },
  postAuthRefresh: {
    method: 'POST',
    path: '/v1/auth/refresh',
    summary: '刷新登录凭证（刷新凭证每次使用后更换，旧的作废）',
    auth: 'public',
    body: RefreshRequestSchema,
    response: AuthSessionSchema,
  },
  getMe: {
    method: 'GET',
    path: '/v1/me',
    summary: '当前用户：是否已实名绑定，绑定的参保人（脱敏）、险种、参保地',
    auth: 'user',
    response: MeResponseSchema,
  },
  postMeBinding: {
    method: 'POST',
    path: '/v1/me/binding',
    summary: '实名绑定：姓名、身份证号码经参保信息核验后绑定参保人（一个微信账号绑定一名参保人）',
    auth: 'user',
    body: BindingRequestSchema,
    response: BindingResponseSchema,
    idempotent: true,
  },
  getMyPersons: {
    method: 'GET',
    path: '/v1/me/persons',
    summary: '可为其办理业务的参保人（本人；受托代办的参保人）',
    auth: 'bound',
    response: MyPersonsResponseSchema,
  },
  // ── uploads, signatures, proxies ──
  postUploads: {
    method: 'POST',
    path: '/v1/uploads',
    summary: '上传文件（第一步）：说明用途、类型（JPG/PNG/PDF）和大小，取得10分钟内有效的上传地址（PUT）',
    auth: 'bound',
    body: CreateUploadRequestSchema,
    response: CreateUploadResponseSchema,
    idempotent: true,
  },
  postUploadConfirm: {
    method: 'POST',
    path: '/v1/uploads/{fileId}/confirm',
    params: UploadParams,
    summary: '上传文件（第二步）：按文件内容核对类型和大小；不符合的文件删除并说明原因',
    auth: 'bound',
    response: UploadResponseSchema,
  },
  getUpload: {
    method: 'GET',
    path: '/v1/uploads/{fileId}',
    params: UploadParams,
    summary: '我上传的文件：状态、类型、大小和5分钟内有效的查看地址',
    auth: 'bound',
    response: UploadResponseSchema,
  },
  postSignatures: {
    method: 'POST',
    path: '/v1/signatures',
    summary: '电子签名：签署个人承诺书、外伤无第三方责任承诺书或委托书（手写签名，本人或近亲属代签）',
    auth: 'bound',
    body: CreateSignatureRequestSchema,
    response: CreateSignatureResponseSchema,
    idempotent: true,
  },
  postSignaturePreview: {
    method: 'POST',
    path: '/v1/signatures/preview',
    summary:
      '签署前预览文书：按将要签署的样子填好正文（服务端已知的栏目自动填写，身份证号码、电话脱敏），列出仍未填写的栏目；不保存',
    auth: 'bound',
    body: SignaturePreviewRequestSchema,
    response: SignaturePreviewResponseSchema,
  },
  getSignature: {
    method: 'GET',
    path: '/v1/signatures/{signatureId}',
    params: SignatureParams,
    summary: '已签署的文书（身份证号码、电话脱敏）',
    auth: 'bound',
    response: SignatureResponseSchema,
  },
  getSignaturePdf: {
    method: 'GET',
    path: '/v1/signatures/{signatureId}/pdf',
    params: SignatureParams,
    summary: '已签署文书的 PDF（application/pdf）：正文、手写签名、签署时间和校验值',
    auth: 'bound',
    response: z.string().describe('PDF 文件'),
    responseType: 'application/pdf',
  },
  postProxies: {
    method: 'POST',
    path: '/v1/proxies',
    summary: '添加代办：核验参保人身份，凭委托书（在线签署或上传照片）为其代办业务',
    auth: 'bound',
    body: AddProxyRequestSchema,
    response: ProxyPersonSchema,
    idempotent: true,
  },
  getProxies: {
    method: 'GET',
    path: '/v1/proxies',
    summary: '我代办的参保人（脱敏）',
    auth: 'bound',
    response: ProxyListResponseSchema,
  },
  deleteProxy: {
    method: 'DELETE',
    path: '/v1/proxies/{personId}',
    params: ProxyParams,
    summary: '解除代办：不再为该参保人办理业务',
    auth: 'bound',
    response: RevokeProxyResponseSchema,
  },
  getMyProxies: {
    method: 'GET',
    path: '/v1/me/proxies',
    summary: '我的代办人：谁在为我办理业务（脱敏姓名、关系、委托书、开始代办的时间）',
    auth: 'bound',
    response: MyProxyListResponseSchema,
  },
  deleteMyProxy: {
    method: 'DELETE',
    path: '/v1/me/proxies/{proxyUserId}',
    params: MyProxyParams,
    summary: '解除我的代办人：对方从此不能再查看或办理我的备案和报销（记录保留备查）',
    auth: 'bound',
    response: RevokeMyProxyResponseSchema,
  },
  // ── filings and messages ──
  postFilings: {
    method: 'POST',
    path: '/v1/filings',
    summary:
      '异地就医备案登记：本人或受托代办的参保人；提供证明材料或签署个人承诺书（自助开通地区即时生效，其他地区1个工作日内审核）',
    auth: 'bound',
    body: CreateFilingRequestSchema,
    response: FilingResponseSchema,
    idempotent: true,
  },
  getFilings: {
    method: 'GET',
    path: '/v1/filings',
    summary: '我的备案：本人的备案和我代办的备案，最新的在前',
    auth: 'bound',
    response: FilingListResponseSchema,
  },
  getFilingOptions: {
    method: 'GET',
    path: '/v1/filings/options',
    summary:
      '备案向导的选项：该参保人所在地区可办理的人员类别（每类一句白话说明、有效期、可用的证明材料）、审核方式、承诺制备案的变更限制、就医地的选择范围，均带依据',
    auth: 'bound',
    query: FilingOptionsQuerySchema,
    response: FilingOptionsResponseSchema,
  },
  getFiling: {
    method: 'GET',
    path: '/v1/filings/{id}',
    params: FilingParams,
    summary: '备案详情：状态、有效期、审核时限、每项决定的依据（参保人信息脱敏）',
    auth: 'bound',
    response: FilingResponseSchema,
  },
  patchFiling: {
    method: 'PATCH',
    path: '/v1/filings/{id}',
    params: FilingParams,
    summary: '变更备案（承诺制长期备案满6个月后方可变更，地区另有规定的从其规定）',
    auth: 'bound',
    body: ChangeFilingRequestSchema,
    response: FilingResponseSchema,
    idempotent: true,
  },
  postFilingCancel: {
    method: 'POST',
    path: '/v1/filings/{id}/cancel',
    params: FilingParams,
    summary: '取消备案（承诺制长期备案满6个月后方可取消，地区另有规定的从其规定）',
    auth: 'bound',
    body: CancelFilingRequestSchema,
    response: FilingResponseSchema,
    idempotent: true,
  },
  getMessages: {
    method: 'GET',
    path: '/v1/messages',
    summary: '消息中心：我的通知，最新的在前，分页（cursor），含未读数',
    auth: 'user',
    response: MessageListResponseSchema,
  },
  postMessageRead: {
    method: 'POST',
    path: '/v1/messages/{messageId}/read',
    params: MessageParams,
    summary: '将一条消息标记为已读',
    auth: 'user',
    response: MessageResponseSchema,
  },
  // ── claims and case tracking ──
  postClaims: {
    method: 'POST',
    path: '/v1/claims',
    summary: '新建报销草稿：为本人或受托的参保人，选择报销情形、费用类型和就医情况（判断能否线上报销）',
    auth: 'bound',
    body: CreateClaimRequestSchema,
    response: ClaimViewSchema,
    idempotent: true,
  },
  patchClaim: {
    method: 'PATCH',
    path: '/v1/claims/{id}',
    params: CaseParams,
    summary: '自动保存报销草稿（须带上读取时的版本号）',
    auth: 'bound',
    body: PatchClaimRequestSchema,
    response: ClaimViewSchema,
  },
  getClaimChecklist: {
    method: 'GET',
    path: '/v1/claims/{id}/checklist',
    params: CaseParams,
    summary: '本次报销需要的材料清单（原因、依据）及尚缺的材料',
    auth: 'bound',
    response: ChecklistResponseSchema,
  },
  postClaimVoucher: {
    method: 'POST',
    path: '/v1/claims/{id}/voucher',
    params: CaseParams,
    summary: '查验并获取医疗收费电子票据（票据代码、号码、校验码），自动填入医院、日期和费用明细',
    auth: 'bound',
    body: VoucherRequestSchema,
    response: ClaimViewSchema,
  },
  getClaimEstimate: {
    method: 'GET',
    path: '/v1/claims/{id}/estimate',
    params: CaseParams,
    summary:
      '预估报销金额：按经办机构审核时相同的待遇计算规则，列出统筹基金支付范围内费用、起付标准、支付比例及调整原因、基金支付和个人负担（均带依据，仅供参考；缺少电子票据等信息时说明原因）',
    auth: 'bound',
    response: ClaimEstimateResponseSchema,
  },
  getHospitals: {
    method: 'GET',
    path: '/v1/hospitals',
    summary: '按名称查询医疗机构（可限定就医城市）：编码、名称、所在城市、等级、是否医保定点',
    auth: 'bound',
    query: HospitalSearchQuerySchema,
    response: HospitalSearchResponseSchema,
  },
  postClaimMaterials: {
    method: 'POST',
    path: '/v1/claims/{id}/materials',
    params: CaseParams,
    summary: '把已上传的文件作为一项材料添加到报销申请（可多页）',
    auth: 'bound',
    body: AttachMaterialsRequestSchema,
    response: ClaimViewSchema,
  },
  deleteClaimMaterial: {
    method: 'DELETE',
    path: '/v1/claims/{id}/materials/{item}/{fileId}',
    params: CaseMaterialParams,
    summary: '删除一页材料（草稿或补正期间）',
    auth: 'bound',
    response: ClaimViewSchema,
  },
  getClaimMaterial: {
    method: 'GET',
    path: '/v1/claims/{id}/materials/{item}/{fileId}',
    params: CaseMaterialParams,
    summary: '材料的临时下载地址（5分钟有效，仅办件当事人）',
    auth: 'bound',
    response: MaterialDownloadResponseSchema,
  },
  putClaimBankAccount: {
    method: 'PUT',
    path: '/v1/claims/{id}/bank-account',
    params: CaseParams,
    summary: '填写收款银行账户（须为参保人本人账户，卡号加密保存、脱敏显示）',
    auth: 'bound',
    body: BankAccountRequestSchema,
    response: ClaimViewSchema,
  },
  postClaimSubmit: {
    method: 'POST',
    path: '/v1/claims/{id}/submit',
    params: CaseParams,
    summary: '提交报销申请（材料齐全方可提交；同一张电子票据只能有一笔在办申请）',
    auth: 'bound',
    body: SubmitClaimRequestSchema,
    response: CaseDetailSchema,
    idempotent: true,
  },
  postClaimWithdraw: {
    method: 'POST',
    path: '/v1/claims/{id}/withdraw',
    params: CaseParams,
    summary: '撤回报销申请（审核前），释放电子票据',
    auth: 'bound',
    body: WithdrawClaimRequestSchema,
    response: CaseDetailSchema,
    idempotent: true,
  },
  postClaimResubmit: {
    method: 'POST',
    path: '/v1/claims/{id}/resubmit',
    params: CaseParams,
    summary: '按一次性告知补齐材料后重新提交（受理时限重新计算）',
    auth: 'bound',
    body: ResubmitClaimRequestSchema,
    response: CaseDetailSchema,
    idempotent: true,
  },
  getCases: {
    method: 'GET',
    path: '/v1/cases',
    summary: '我的办件（本人的和我代办的），按时间倒序，分页',
    auth: 'bound',
    response: CaseListResponseSchema,
  },
  getCase: {
    method: 'GET',
    path: '/v1/cases/{id}',
    params: CaseParams,
    summary: '办件详情：办理进度、当前环节时限（工作日）、可进行的操作、补正通知、结果',
    auth: 'bound',
    response: CaseDetailSchema,
  },
  // ── staff: sign-in, queues, case detail (issue 5 · staff-access) ──
  postStaffLogout: {
    method: 'POST',
    path: '/v1/staff/auth/logout',
    summary: '经办人员退出登录（此前签发的登录凭证全部失效）',
    auth: 'staff',
    response: StaffLogoutResponseSchema,
  },
  getStaffMe: {
    method: 'GET',
    path: '/v1/staff/me',
    summary: '当前经办人员：姓名、岗位、所属经办机构',
    auth: 'staff',
    response: StaffProfileSchema,
  },
  getStaffQueue: {
    method: 'GET',
    path: '/v1/staff/queues/{stage}',
    params: StaffQueueParams,
    summary:
      '待办队列：本机构某环节的办件（或待审备案），按工作日时限排序，标记超期，可按费用类别、就医地、3万元以上协查筛选，分页',
    auth: 'staff',
    response: StaffQueueResponseSchema,
  },
  getStaffCase: {
    method: 'GET',
    path: '/v1/staff/cases/{id}',
    params: CaseParams,
    summary: '经办办件详情：材料、票据、时间线、时限、本人可办理的操作、审核核算、拨付、结果单（敏感信息脱敏）',
    auth: 'staff',
    response: StaffCaseDetailSchema,
  },
  getStaffCaseSensitive: {
    method: 'GET',
    path: '/v1/staff/cases/{id}/sensitive',
    params: CaseParams,
    summary: '查阅完整银行卡号、诊断和身份证号（每次查阅先写审计记录，记录失败则不返回）',
    auth: 'staff',
    response: StaffCaseSensitiveSchema,
  },
  getStaffCaseMaterial: {
    method: 'GET',
    path: '/v1/staff/cases/{id}/materials/{item}/{fileId}',
    params: CaseMaterialParams,
    summary: '材料的临时下载地址（5分钟有效，每次查阅写审计记录）',
    auth: 'staff',
    response: StaffMaterialDownloadSchema,
  },
  getStaffFiling: {
    method: 'GET',
    path: '/v1/staff/filings/{id}',
    params: FilingParams,
    summary: '待审备案详情（脱敏）及本人可作出的审核决定',
    auth: 'staff',
    response: StaffFilingDetailSchema,
  },
  getStaffAudit: {
    method: 'GET',
    path: '/v1/staff/audit',
    summary: '审计记录：某办件或某经办人员的查阅与操作（仅管理员，仅本机构）',
    auth: 'staff',
    response: StaffAuditResponseSchema,
  },
  // ── staff: case actions and filing review (issue 5 · staff-actions) ──
  postStaffLogin: {
    method: 'POST',
    path: '/v1/staff/auth/login',
    summary: '经办人员登录（用户名+密码；连续5次错误锁定15分钟）',
    auth: 'public',
    body: StaffLoginRequestSchema,
    response: StaffSessionSchema,
  },
  postStaffCaseAccept: {
    method: 'POST',
    path: '/v1/staff/cases/{id}/accept',
    params: CaseParams,
    summary: '受理（受理岗）：材料齐全，进入审核',
    auth: 'staff',
    body: StaffVersionRequestSchema,
    response: StaffActionResponseSchema,
    idempotent: true,
  },
  postStaffCaseRefuse: {
    method: 'POST',
    path: '/v1/staff/cases/{id}/refuse',
    params: CaseParams,
    summary: '不予受理（受理岗），写明原因；释放电子票据',
    auth: 'staff',
    body: StaffReasonRequestSchema,
    response: StaffActionResponseSchema,
    idempotent: true,
  },
  postStaffCaseNotice: {
    method: 'POST',
    path: '/v1/staff/cases/{id}/notice',
    params: CaseParams,
    summary: '一次性告知（受理岗）：逐项列明缺少或不符合要求的材料及原因；或按省级清单增补材料告知',
    auth: 'staff',
    body: StaffNoticeRequestSchema,
    response: StaffActionResponseSchema,
    idempotent: true,
  },
  postStaffCaseSettlementPreview: {
    method: 'POST',
    path: '/v1/staff/cases/{id}/settlement-preview',
    params: CaseParams,
    summary: '待遇试算（不保存）：按审核调整计算结算单',
    auth: 'staff',
    body: SettlementPreviewRequestSchema,
    response: SettlementPreviewResponseSchema,
  },
  postStaffCaseReview: {
    method: 'POST',
    path: '/v1/staff/cases/{id}/review',
    params: CaseParams,
    summary: '审核通过（审核岗）：核对票据状态，记录待遇核算及调整原因',
    auth: 'staff',
    body: StaffReviewRequestSchema,
    response: StaffActionResponseSchema,
    idempotent: true,
  },
  postStaffCaseReject: {
    method: 'POST',
    path: '/v1/staff/cases/{id}/reject',
    params: CaseParams,
    summary: '审核不通过（审核岗），写明原因；释放电子票据',
    auth: 'staff',
    body: StaffReasonRequestSchema,
    response: StaffActionResponseSchema,
    idempotent: true,
  },
  postStaffCaseSecondReview: {
    method: 'POST',
    path: '/v1/staff/cases/{id}/second-review',
    params: CaseParams,
    summary: '复核（复核岗，不得为本件审核人）：通过或退回审核',
    auth: 'staff',
    body: StaffSecondReviewRequestSchema,
    response: StaffActionResponseSchema,
    idempotent: true,
  },
  postStaffCasePayment: {
    method: 'POST',
    path: '/v1/staff/cases/{id}/payment',
    params: CaseParams,
    summary: '财务拨付（财务岗）：拨付金额须等于核定金额，记录拨付凭证号',
    auth: 'staff',
    body: StaffPaymentRequestSchema,
    response: StaffActionResponseSchema,
    idempotent: true,
  },
  postStaffFilingReview: {
    method: 'POST',
    path: '/v1/staff/filings/{id}/review',
    params: FilingParams,
    summary: '备案审核（受理或审核岗）：同意或不予备案',
    auth: 'staff',
    body: StaffFilingReviewRequestSchema,
    response: StaffFilingReviewResponseSchema,
    idempotent: true,
  },
  // ── result forms, verification (issue 5 · completion) ──
  postStaffCaseComplete: {
    method: 'POST',
    path: '/v1/staff/cases/{id}/complete',
    params: CaseParams,
    summary: '办结（财务岗）：出具加盖电子印章并数字签名的结算结果单，票据标记已报销并上链存证',
    auth: 'staff',
    body: StaffVersionRequestSchema,
    response: StaffActionResponseSchema,
    idempotent: true,
  },
  getVerifyResultForm: {
    method: 'GET',
    path: '/v1/verify/{formId}',
    params: ResultFormParams,
    summary: '结算结果单核验（公开，结果单二维码指向此处）：文件摘要、数字签名、存证链',
    auth: 'public',
    response: VerifyResultFormResponseSchema,
  },
  getCaseResult: {
    method: 'GET',
    path: '/v1/cases/{id}/result',
    params: CaseParams,
    summary: '下载已办结办件的结算结果单（PDF）',
    auth: 'bound',
    response: z.string().describe('PDF'),
    responseType: 'application/pdf',
  },
  // ── subscriptions (issue 5 · notifier) ──
  postMySubscriptions: {
    method: 'POST',
    path: '/v1/me/subscriptions',
    summary: '上报订阅消息授权结果（每次“允许”可推送一条消息）',
    auth: 'user',
    body: SubscriptionReportSchema,
    response: SubscriptionsResponseSchema,
  },
  getMySubscriptions: {
    method: 'GET',
    path: '/v1/me/subscriptions',
    summary: '需申请授权的订阅消息模板及剩余可推送次数',
    auth: 'user',
    response: SubscriptionsResponseSchema,
  },
  // ── deadlines and reminders (issue 5 · deadlines) ──
  getStaffReminders: {
    method: 'GET',
    path: '/v1/staff/reminders',
    summary: '超期催办：每日巡检放入本人岗位队列的超期办件提醒（本机构，按时限由新到旧，分页 limit/cursor）',
    auth: 'staff',
    response: StaffRemindersResponseSchema,
  },
} as const satisfies Record<string, RouteDefinition>;

export type RouteName = keyof typeof ROUTES;

/** The `{name}`s of a path template: '/v1/claims/{id}/materials/{item}/{fileId}' → 'id' | 'item' | 'fileId'. */
export type PathParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParamNames<Rest>
  : never;

/** Whether a route's `params` has exactly the names of its path (and a route without any has none). */
type ParamsFitPath<R> = R extends { path: infer P extends string }
  ? [PathParamNames<P>] extends [never]
    ? R extends { params: unknown }
      ? false
      : true
    : R extends { params: z.ZodObject<infer Shape> }
      ? [keyof Shape] extends [PathParamNames<P>]
        ? [PathParamNames<P>] extends [keyof Shape]
          ? true
          : false
        : false
      : false
  : false;

type Expect<T extends true> = T;
type RoutesWithUnfitParams = {
  [K in RouteName]: ParamsFitPath<(typeof ROUTES)[K]> extends true ? never : K;
}[RouteName];

/**
 * Compile-time check that no route can skip the path check: a route whose `{name}`s and `params` differ is named in
 * the type error here.
 */
export type EveryPathParamHasASchema = Expect<[RoutesWithUnfitParams] extends [never] ? true : RoutesWithUnfitParams>;
