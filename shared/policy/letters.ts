/**
 * 承诺书 — the letters an applicant signs on screen, word for word from `001 附件1` (个人承诺书) and `001 附件2`
 * (外伤无第三方责任承诺书). `{{key}}` marks a blank of the paper form; `fields` names every blank. Only the title and
 * the agency name change per region; Shanxi's letters are the source text exactly.
 */
import { cite, type Source } from '../domain/sources';
import {
  type LetterId,
  type LetterTemplate,
  LetterTemplateSchema,
  type RegionPolicy,
  type RegionPolicyInput,
} from './schema';

type LetterInput = RegionPolicyInput['letters']['personalCommitment'];

/** The person-category blank of 附件1, rendered by `renderPersonCategories`. */
export const PERSON_CATEGORY_FIELD = 'personCategory';

/** 个人承诺书 (`001 附件1`) with the region's title. */
export function personalCommitmentLetter(title: string, source: Source = cite('001', '附件1')): LetterInput {
  return {
    id: 'PERSONAL_COMMITMENT',
    title,
    source,
    fields: [
      { key: 'name', label: '姓名' },
      { key: 'sex', label: '性别' },
      { key: 'phone', label: '联系电话' },
      { key: 'idNumber', label: '身份证件号码' },
      { key: 'insuredPlace', label: '参保地' },
      { key: 'treatmentPlace', label: '就医地' },
      { key: PERSON_CATEGORY_FIELD, label: '人员类别' },
      { key: 'signature', label: '承诺人（签名、指印）' },
      { key: 'signYear', label: '年' },
      { key: 'signMonth', label: '月' },
      { key: 'signDay', label: '日' },
    ],
    body: [
      title,
      '',
      '姓名：{{name}}　性别：{{sex}}　联系电话：{{phone}}',
      '身份证件号码：{{idNumber}}　参保地：{{insuredPlace}}　就医地：{{treatmentPlace}}',
      '人员类别：{{personCategory}}',
      '',
      '异地就医备案告知书：',
      '1、异地安置退休人员：能够提供就医地户口本（首页和本人页）。',
      '2、异地长期居住人员：能够提供就医地居住证（暂住证）或（村）委会证明件。',
      '3、常驻异地工作人员：能够提供参保单位开具的有效证明（加盖公章）件。',
      '4、异地就医转诊人员：能够提供转出地医疗机构出具的转诊证明。',
      '参保人员需在备案时提前办理好相对应的证明材料，自己保存已备核查时提供，参保人员提供虚假信息自助备案实现直接结算的，将按《医疗保障基金使用监督管理条例》严肃处理。',
      '',
      '承诺事项：',
      '本人申请办理异地就医备案业务，已阅读并知晓《备案告知书》所述内容，同意遵守相关规定。因个人原因无法及时提供异地就医备案相关证明材料，本人保证符合此业务办理条件，所述信息真实、准确、完整、有效，愿意接受信息共享查询核验，由此产生的一切经济损失和法律责任均由本人承担。',
      '',
      '承诺人（签名、指印）：{{signature}}',
      '{{signYear}}年{{signMonth}}月{{signDay}}日',
      '',
      '说明：本表由参保人员填写，由医保经办部门存档，两年内不得销毁。',
    ].join('\n'),
  };
}

/** 外伤无第三方责任承诺书 (`001 附件2`) with the region's title and insuring agency. */
export function traumaNoThirdPartyLetter(
  title: string,
  agencyName: string,
  source: Source = cite('001', '附件2'),
): LetterInput {
  return {
    id: 'TRAUMA_NO_THIRD_PARTY',
    title,
    source,
    fields: [
      { key: 'promisor', label: '承诺人' },
      { key: 'phone', label: '联系电话' },
      { key: 'idType', label: '证件类型' },
      { key: 'idNumber', label: '证件号码' },
      { key: 'injuryYear', label: '受伤年份' },
      { key: 'injuryMonth', label: '受伤月份' },
      { key: 'injuryDay', label: '受伤日' },
      { key: 'injuryHour', label: '受伤时' },
      { key: 'injuryPlace', label: '地点' },
      { key: 'injuryCircumstances', label: '外伤经过' },
      { key: 'signature', label: '承诺人（签名）' },
      { key: 'signYear', label: '年' },
      { key: 'signMonth', label: '月' },
      { key: 'signDay', label: '日' },
    ],
    body: [
      title,
      '',
      '承诺人：{{promisor}}　联系电话：{{phone}}',
      '证件类型：{{idType}}　证件号码：{{idNumber}}',
      '承诺事项：外伤无第三方责任承诺书',
      '',
      '承诺内容：',
      `本人同意授权 ${agencyName} 通过信息共享方式查询本人与办理医保业务相关的信息，承诺所提供材料均为真实合法，符合办理业务条件，如伪造材料或以任何方式骗取医疗保险待遇的，本人愿意承担一切后果；同意${agencyName}将本人虚假行为上报和纳入信用管理体系，并就本次办理业务的其他承诺内容陈述如下：`,
      '本人于{{injuryYear}}年{{injuryMonth}}月{{injuryDay}}日{{injuryHour}}时在{{injuryPlace}}发生{{injuryCircumstances}}。现承诺本次意外受伤与第三方责任或工伤责任无关，如与第三方责任或工伤责任有关，则将已享受的医保待遇全额退回医保，并承担相应的法律责任。',
      '',
      '温馨提示：',
      '反欺诈法律提示：以虚构劳动关系、伪造证明材料或者其他手段骗取基本医疗保险待遇和生育保险待遇的，属于刑法第二百六十六条规定诈骗公私财物的行为，将依法追究刑事责任。',
      '',
      '此表可现场填写，由承诺人本人手写签名，患者本人无法签字的由其近亲属代签，并填写身份证号码和联系方式。',
      '',
      '承诺人(签名)：{{signature}}',
      '日期：{{signYear}}年{{signMonth}}月{{signDay}}日',
    ].join('\n'),
  };
}

/** Why a proxy needs a 委托书: `000 流程一` lists "代办人信息及委托书" among what an online application carries. */
export const POWER_OF_ATTORNEY_REQUIREMENT: Source = cite('000', '流程一');

/**
 * 委托书 — the power of attorney by which an insured person (委托人) lets a proxy (受托人, 代办人) act for them.
 * Required by `000 流程一` (`POWER_OF_ATTORNEY_REQUIREMENT`), which publishes no form: the wording is the
 * platform's (`CONFIG`), laid out like `001 附件2`, whose rule for a patient who cannot sign (a close relative signs
 * and gives their ID number and phone) it repeats.
 */
export function powerOfAttorneyLetter(
  agencyName: string,
  source: Source = cite(
    'CONFIG',
    '委托书文本由本平台拟定；晋医保发〔2024〕14号附件流程一要求代办人提供委托书，未附格式',
  ),
): LetterInput {
  return {
    id: 'POWER_OF_ATTORNEY',
    title: '委托书',
    source,
    fields: [
      { key: 'principalName', label: '委托人姓名' },
      { key: 'principalPhone', label: '委托人联系电话' },
      { key: 'principalIdNumber', label: '委托人身份证件号码' },
      { key: 'agentName', label: '受托人姓名' },
      { key: 'agentPhone', label: '受托人联系电话' },
      { key: 'agentIdNumber', label: '受托人身份证件号码' },
      { key: 'relationship', label: '受托人与委托人关系' },
      { key: 'signature', label: '委托人（签名）' },
      { key: 'signYear', label: '年' },
      { key: 'signMonth', label: '月' },
      { key: 'signDay', label: '日' },
    ],
    body: [
      '委托书',
      '',
      '委托人（参保人）：{{principalName}}　联系电话：{{principalPhone}}',
      '身份证件号码：{{principalIdNumber}}',
      '受托人（代办人）：{{agentName}}　联系电话：{{agentPhone}}',
      '身份证件号码：{{agentIdNumber}}',
      '受托人与委托人关系：{{relationship}}',
      '',
      '委托事项：',
      `本人因年老、疾病、行动不便或路途遥远等原因，不能亲自办理医疗保障业务，现委托上述受托人代为向${agencyName}办理本人的以下业务：`,
      '1、异地就医备案的申请、变更和取消；',
      '2、医疗费用线上手工报销的申请，提交、补充就医票据和相关材料；',
      '3、查询办理进度，接收一次性告知书、办理结果等通知。',
      '报销款项支付至本人名下的银行账户。受托人在委托权限内办理的事项，本人均予以承认。本人已知悉：提供虚假材料骗取医疗保障基金的，将按《医疗保障基金使用监督管理条例》严肃处理。',
      '委托期限：自签署之日起，至本人撤销委托之日止。',
      '',
      '温馨提示：委托人本人无法签字的，由其近亲属代签，并填写代签人身份证号码和联系方式。',
      '',
      '委托人（签名）：{{signature}}',
      '日期：{{signYear}}年{{signMonth}}月{{signDay}}日',
    ].join('\n'),
  };
}

const powerOfAttorneyCache = new Map<string, LetterTemplate>();

/** The template of a letter for a region: its own 承诺书 (`policy.letters`), or the 委托书 naming its agency. */
export function letterTemplate(policy: RegionPolicy, letter: LetterId): LetterTemplate {
  if (letter === 'PERSONAL_COMMITMENT') return policy.letters.personalCommitment;
  if (letter === 'TRAUMA_NO_THIRD_PARTY') return policy.letters.traumaNoThirdParty;
  let template = powerOfAttorneyCache.get(policy.region);
  if (!template) {
    template = LetterTemplateSchema.parse(powerOfAttorneyLetter(policy.agencyName));
    powerOfAttorneyCache.set(policy.region, template);
  }
  return template;
}
