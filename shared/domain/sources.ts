/** 政策依据 — where a rule comes from, so the UI and the staff console can show "依据：…". */

/** The five policy documents (policy-sources/README.md) plus `CONFIG` for values the platform chose itself. */
export const SOURCE_DOCUMENT = {
  '000': '《关于推进住院费用省内异地线上手工报销结算服务工作的通知》（晋医保发〔2024〕14号）',
  '001': '《关于进一步做好基本医疗保险异地就医直接结算工作的通知》（晋医保办发〔2022〕28号）',
  '002': '《转发国家医保局 财政部关于切实做好2019年跨省异地就医住院费用直接结算工作的通知》（辽医保〔2019〕21号）',
  '003': '《江苏省异地就医经办服务规程》',
  '004': '《山东省完善异地就医即时结算制度实施方案》（鲁医保发〔2020〕68号）',
  CONFIG: '本平台配置',
} as const;
export type SourceFile = keyof typeof SOURCE_DOCUMENT;
export const SOURCE_FILES = Object.keys(SOURCE_DOCUMENT) as [SourceFile, ...SourceFile[]];

/** A rule's source: the document, the clause as cited in SPEC.md, and the Chinese "依据：…" line. */
export interface Source {
  readonly file: SourceFile;
  readonly article: string;
  readonly label: string;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals (二十八). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumber: ${n} is outside 1–99`);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return tensPart + (units === 0 ? '' : DIGITS[units]);
}

/** The clause in Chinese: `Art. 8(5)` → 第八条第（五）项, `§3(2)1` → 第三部分（二）第1点, `流程二` → 附件…第二部分. */
function chineseClause(article: string): string {
  const art = /^Art\. (\d+)(?:\((\d+)\))?$/.exec(article);
  if (art) {
    const item = art[2] ? `第（${chineseNumber(Number(art[2]))}）项` : '';
    return `第${chineseNumber(Number(art[1]))}条${item}`;
  }
  const range = /^Art\. (\d+)–(\d+)$/.exec(article);
  if (range) return `第${chineseNumber(Number(range[1]))}至${chineseNumber(Number(range[2]))}条`;
  const flow = /^流程([一二三四五])$/.exec(article);
  if (flow) return `附件《山西省医保住院费用线上手工报销结算服务流程》第${flow[1]}部分`;
  const section = /^§(\d+)(?:\((\d+)\))?(\d+)?$/.exec(article);
  if (section) {
    const sub = section[2] ? `（${chineseNumber(Number(section[2]))}）` : '';
    return `第${chineseNumber(Number(section[1]))}部分${sub}${section[3] ? `第${section[3]}点` : ''}`;
  }
  return article;
}

/** Cite a clause of a policy document; for `CONFIG`, `article` is a Chinese note on what the value follows. */
export function cite(file: SourceFile, article: string): Source {
  if (file === 'CONFIG') return { file, article, label: `依据：${SOURCE_DOCUMENT.CONFIG}（${article}）` };
  return { file, article, label: `依据：${SOURCE_DOCUMENT[file]}${chineseClause(article)}` };
}

/** A value the platform chose by following another region's clause where this region's sources are silent. */
export function adopt(file: Exclude<SourceFile, 'CONFIG'>, article: string): Source {
  return {
    file: 'CONFIG',
    article: `ref ${file} ${article}`,
    label: `依据：${SOURCE_DOCUMENT.CONFIG}（本地区文件未作规定，参照${SOURCE_DOCUMENT[file]}${chineseClause(article)}）`,
  };
}

/** The platform's own process (SPEC.md), for refusals that no policy clause decides. */
export const PLATFORM_RULE: Source = cite('CONFIG', '本平台办理规则');
