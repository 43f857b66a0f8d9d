/**
 * 一次性告知 — the one-time deficiency notice (`000` 流程二, `002 §3`, `003 Art. 27`): one ordinary notice per case,
 * listing every missing or defective item of the case's own checklist. The only further request allowed is the
 * exceptional "additional material required by the provincial list" notice, with the list item, a mailing address
 * and a phone number.
 */
import type { RegionPolicy } from '../../policy/schema';
import { missingMaterials } from '../claim/checklist';
import { ok, type Result, refuse } from '../errors';
import { cite } from '../sources';
import { MATERIAL_ITEM, type MaterialItem } from '../vocabulary';
import type { CaseRecord, DeficiencyNoticeContent } from './types';

const ONE_TIME = cite('000', '流程二');
/** Landline (0351-6819677), mobile, 400 numbers, and the 12393 medical-insurance hotline. */
const AGENCY_PHONE = /^(0\d{2,3}-?\d{7,8}(-\d{1,6})?|1[3-9]\d{9}|400-?\d{3}-?\d{4}|12393)$/;

/** Whether this notice may be sent on this case now (the state check is the state machine's). */
export function checkDeficiencyNotice(
  policy: RegionPolicy,
  record: CaseRecord,
  notice: DeficiencyNoticeContent,
): Result<null> {
  if (notice.kind === 'PROVINCIAL_LIST') {
    const rule = policy.claim.additionalMaterials;
    if (!rule.allowed)
      return refuse('ADDITIONAL_MATERIALS_NOT_ALLOWED', '本地区不允许在一次性告知之外增加材料', rule.source);
    if (record.notices.some((n) => n.kind === 'PROVINCIAL_LIST')) {
      return refuse('DEFICIENCY_NOTICE_ALREADY_SENT', '已发送过增补材料告知，不能再次要求增加材料', rule.source);
    }
    const blanks = [
      notice.listItem.trim() === '' ? '清单事项' : null,
      notice.mailingAddress.trim() === '' ? '邮寄地址' : null,
      AGENCY_PHONE.test(notice.phone.trim()) ? null : '联系电话',
    ].filter((b): b is string => b !== null);
    if (blanks.length > 0) {
      return refuse('PROVINCIAL_NOTICE_INCOMPLETE', `增补材料告知须写明：${blanks.join('、')}`, rule.source, {
        fields: blanks,
      });
    }
    return ok(null);
  }

  if (record.notices.some((n) => n.kind === 'ORDINARY')) {
    return refuse(
      'DEFICIENCY_NOTICE_ALREADY_SENT',
      '本件已发送过一次性告知，不能再次告知；确需按本省政务服务事项清单增加材料的，请发送增补材料告知',
      ONE_TIME,
    );
  }
  if (notice.items.length === 0) {
    return refuse('DEFICIENCY_NOTICE_EMPTY', '请勾选缺少或不符合要求的材料', ONE_TIME);
  }
  const onChecklist = new Set(record.checklist.map((i) => i.item));
  const stray = notice.items.filter((i) => !onChecklist.has(i.item)).map((i) => i.item);
  if (stray.length > 0) {
    return refuse(
      'DEFICIENCY_ITEM_NOT_IN_CHECKLIST',
      `以下材料不在本件的材料清单中：${stray.map((i) => MATERIAL_ITEM[i]).join('、')}；需增加清单外材料的，请按增补材料告知办理`,
      cite('003', 'Art. 27'),
      { items: stray },
    );
  }
  const noReason = notice.items.filter((i) => i.reason.trim() === '').map((i) => i.item);
  if (noReason.length > 0) {
    return refuse('REASON_REQUIRED', '请为每一项材料写明缺少或不符合要求的原因', ONE_TIME, { items: noReason });
  }
  const listed = new Set(notice.items.map((i) => i.item));
  const unlisted = missingMaterials(record.checklist, record.attached)
    .map((i) => i.item)
    .filter((item) => !listed.has(item));
  if (unlisted.length > 0) {
    return refuse(
      'DEFICIENCY_NOTICE_INCOMPLETE',
      `一次性告知须列出全部缺少的材料，还缺：${unlisted.map((i) => MATERIAL_ITEM[i]).join('、')}`,
      ONE_TIME,
      { items: unlisted },
    );
  }
  return ok(null);
}

/** Whether the applicant's resubmission answers the open notice (every listed item re-uploaded, or mailed). */
export function checkSupplement(
  record: CaseRecord,
  suppliedItems: readonly MaterialItem[],
  listItemMailed: boolean,
): Result<null> {
  const open = record.notices[record.notices.length - 1];
  if (!open) return ok(null);
  if (open.kind === 'PROVINCIAL_LIST') {
    return listItemMailed
      ? ok(null)
      : refuse(
          'SUPPLEMENT_INCOMPLETE',
          `请按告知将“${open.listItem}”材料邮寄至${open.mailingAddress}后再提交`,
          ONE_TIME,
        );
  }
  const still = open.items.filter((i) => !suppliedItems.includes(i.item)).map((i) => i.item);
  return still.length === 0
    ? ok(null)
    : refuse('SUPPLEMENT_INCOMPLETE', `请补充上传：${still.map((i) => MATERIAL_ITEM[i]).join('、')}`, ONE_TIME, {
        items: still,
      });
}
