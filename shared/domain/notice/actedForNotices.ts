/**
 * 代办提醒 — the insured person is told whenever a proxy (代办人) files or claims in their name: a guard against
 * filings and claims they never asked for. A proxy acts only on the insured person's 委托书 (`000` 流程一 — filed by
 * a proxy: the proxy's identity and a 委托书 signed by the insured person; SPEC §1: every case records both the
 * insured person and the submitter). Pure, beside the filing and case notices: the caller adds the recipient (the
 * insured person's own bound user, never the proxy) and writes it to the outbox in the filing's or the
 * submission's own transaction. No template of its own: the push uses the template of the matter it concerns
 * (备案结果 for a filing, 受理结果 for a claim), its result keyword saying 代办提交.
 */
import type { IsoDate } from '../calendar/isoDate';
import { EXPENSE_TYPE, type ExpenseType, FILING_TYPE, type FilingType } from '../vocabulary';
import type { NoticeData } from './templates';

/** Who acted: the proxy's name, masked (李*燕), and how they are related to the insured person, in words. */
export interface ActingProxy {
  readonly nameMasked: string;
  /** 子女, 配偶 … (shared/api/proxies.ts › RELATIONSHIP); null when none is recorded. */
  readonly relationshipName: string | null;
}

/** What the proxy did in the insured person's name. */
export type ActedForMatter =
  | { readonly kind: 'FILING'; readonly type: FilingType; readonly place: string }
  | { readonly kind: 'CLAIM'; readonly caseId: string; readonly expenseType: ExpenseType };

/** The acted-for notice's content, on the template of its matter. */
export type ActedForNoticeContent =
  | {
      readonly kind: 'FILING_RESULT';
      readonly title: string;
      readonly body: string;
      readonly data: NoticeData<'FILING_RESULT'>;
    }
  | {
      readonly kind: 'ACCEPTANCE_RESULT';
      readonly title: string;
      readonly body: string;
      readonly data: NoticeData<'ACCEPTANCE_RESULT'>;
    };

/** The result keyword of the push: 代办提交 (a WeChat `phrase`, at most 5 Chinese characters). */
export const ACTED_FOR_PHRASE = '代办提交';
const HINT = '如非您本人委托，请解除代办';
const ADVICE = '如果这不是您委托办理的，请在“我的代办人”中解除对方的代办，并联系参保地医保经办机构。';

/** The notice to the insured person that `proxy` did `matter` in their name on `on` (Asia/Shanghai). */
export function actedForNotice(proxy: ActingProxy, matter: ActedForMatter, on: IsoDate): ActedForNoticeContent {
  const who = proxy.relationshipName
    ? `您的代办人${proxy.nameMasked}（${proxy.relationshipName}）`
    : `您的代办人${proxy.nameMasked}`;
  if (matter.kind === 'FILING') {
    const typeName = FILING_TYPE[matter.type];
    return {
      kind: 'FILING_RESULT',
      title: '代办人为您提交了异地就医备案',
      body: `${who}于${on}以您的名义提交了${typeName}备案（就医地：${matter.place}）。${ADVICE}`,
      data: { thing1: typeName, thing2: matter.place, phrase3: ACTED_FOR_PHRASE, date4: on, thing5: HINT },
    };
  }
  const matterName = `${EXPENSE_TYPE[matter.expenseType]}费用手工报销`;
  return {
    kind: 'ACCEPTANCE_RESULT',
    title: '代办人为您提交了报销申请',
    body: `${who}于${on}以您的名义提交了${matterName}申请（办件编号：${matter.caseId}）。${ADVICE}`,
    data: { thing1: matterName, phrase2: ACTED_FOR_PHRASE, character_string3: matter.caseId, date4: on, thing5: HINT },
  };
}
