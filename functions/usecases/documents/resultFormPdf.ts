// 结算结果单 PDF — the completed claim's result in the layout of the settlement form (`001 附件4`
// 异地就医住院费用结算单): person, insurance, place and hospital, stay, the four fee columns and their total, fund
// payment and personal cash, the deductible and ratio (and each calendar year's part when the stay was split),
// then the payment. The agency's seal is drawn (vector, red); a QR code leads to the public verification page.
// Names and numbers are masked: the form is something people forward.
import { formatYuan } from '@shared/domain/validation/money';
import { degrees, PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import QRCode from 'qrcode';
import { embedCjkFont } from './letterPdf';

/** What the form shows. */
export type ResultFormInput = {
  formId: string;
  title: string;
  agencyName: string;
  person: { nameMasked: string; gender: string; idNumberMasked: string; insuredPlace: string; insuranceType: string };
  visit: {
    place: string;
    hospitalName: string;
    hospitalLevel: string;
    admissionDate: string;
    dischargeDate: string;
    days: number;
    expenseType: string;
  };
  amounts: { totalFen: number; inScopeFen: number; classBPrepayFen: number; overLimitFen: number; selfPayFen: number };
  fundTotalFen: number;
  personalCashFen: number;
  funds: readonly { name: string; amountFen: number }[];
  deductibleFen: number;
  ratioPercent: number;
  years: readonly { year: number; days: number; fundFen: number; personalCashFen: number }[];
  payment: {
    amountFen: number;
    accountNameMasked: string;
    bankName: string;
    cardNumberMasked: string;
    transferReference: string;
    paidOn: string;
  };
  issuedOn: string;
  verifyUrl: string;
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 48;
const ROW = 22;
const INK = rgb(0.1, 0.1, 0.1);
const LINE = rgb(0.35, 0.35, 0.35);
const RED = rgb(0.82, 0.1, 0.1);

type Cell = { text: string; span: number; label?: boolean };

class Grid {
  y: number;
  constructor(
    private readonly page: PDFPage,
    private readonly font: PDFFont,
    top: number,
  ) {
    this.y = top;
  }

  /** One row of cells; spans are in sixths of the table width. */
  row(cells: readonly Cell[]): void {
    const width = A4[0] - 2 * MARGIN;
    let x = MARGIN;
    for (const cell of cells) {
      const w = (width * cell.span) / 6;
      this.page.drawRectangle({ x, y: this.y - ROW, width: w, height: ROW, borderColor: LINE, borderWidth: 0.6 });
      let size = 9;
      while (size > 6 && this.font.widthOfTextAtSize(cell.text, size) > w - 6) size -= 0.5;
      this.page.drawText(cell.text, {
        x: x + 3,
        y: this.y - ROW / 2 - size / 2 + 1.5,
        size,
        font: this.font,
        color: cell.label ? LINE : INK,
      });
      x += w;
    }
    this.y -= ROW;
  }
}

const yuan = (fen: number) => formatYuan(fen);
const label = (text: string, span = 1): Cell => ({ text, span, label: true });
const value = (text: string, span = 1): Cell => ({ text, span });

/** The agency's seal: a red ring, the agency name along the upper arc, a star, and the seal's purpose below. */
function drawSeal(page: PDFPage, font: PDFFont, cx: number, cy: number, agencyName: string): void {
  const r = 52;
  page.drawCircle({ x: cx, y: cy, size: r, borderColor: RED, borderWidth: 2.6, opacity: 0, borderOpacity: 0.85 });
  const chars = [...agencyName];
  const size = Math.min(12, (Math.PI * 1.2 * (r - 14)) / chars.length);
  const sweep = Math.min(Math.PI * 1.25, chars.length * (size / (r - 14)) * 1.15);
  chars.forEach((char, i) => {
    const angle = Math.PI / 2 + sweep / 2 - (sweep * (i + 0.5)) / chars.length;
    const x = cx + (r - 14) * Math.cos(angle);
    const y = cy + (r - 14) * Math.sin(angle);
    const rotation = angle - Math.PI / 2;
    page.drawText(char, {
      x: x - (size / 2) * Math.cos(rotation) + (size / 3) * Math.sin(rotation),
      y: y - (size / 2) * Math.sin(rotation) - (size / 3) * Math.cos(rotation),
      size,
      font,
      color: RED,
      rotate: degrees((rotation * 180) / Math.PI),
      opacity: 0.9,
    });
  });
  page.drawText('★', { x: cx - 9, y: cy - 7, size: 20, font, color: RED, opacity: 0.9 });
  const purpose = '医疗保障业务专用章';
  const w = font.widthOfTextAtSize(purpose, 7.5);
  page.drawText(purpose, { x: cx - w / 2, y: cy - r + 14, size: 7.5, font, color: RED, opacity: 0.9 });
}

/** The QR code of `url`, drawn as dark modules in a `side`-point square at (x, y). */
function drawQr(page: PDFPage, url: string, x: number, y: number, side: number): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = side / n;
  for (let row = 0; row < n; row += 1) {
    for (let col = 0; col < n; col += 1) {
      if (qr.modules.get(row, col)) {
        page.drawRectangle({
          x: x + col * cell,
          y: y + side - (row + 1) * cell,
          width: cell,
          height: cell,
          color: INK,
        });
      }
    }
  }
}

/** The result form's PDF bytes. */
export async function renderResultFormPdf(input: ResultFormInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const issued = new Date(`${input.issuedOn}T12:00:00+08:00`);
  doc.setTitle(input.title);
  doc.setCreator('异地就医线上办');
  doc.setProducer('异地就医线上办');
  // Fixed dates: the same form renders to the same bytes.
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);
  const font = await embedCjkFont(doc);
  const page = doc.addPage(A4);
  const titleWidth = font.widthOfTextAtSize(input.title, 17);
  page.drawText(input.title, { x: (A4[0] - titleWidth) / 2, y: A4[1] - MARGIN - 14, size: 17, font, color: INK });
  page.drawText(`单位：元（保留两位小数）　　结果单编号：${input.formId}`, {
    x: MARGIN,
    y: A4[1] - MARGIN - 38,
    size: 8.5,
    font,
    color: LINE,
  });

  const g = new Grid(page, font, A4[1] - MARGIN - 46);
  const { person, visit, amounts, payment } = input;
  g.row([
    label('患者姓名'),
    value(person.nameMasked),
    label('性别'),
    value(person.gender),
    label('社会保障号'),
    value(person.idNumberMasked),
  ]);
  g.row([label('参保地'), value(person.insuredPlace, 2), label('险种类型'), value(person.insuranceType, 2)]);
  g.row([
    label('就医地'),
    value(visit.place),
    label('医院名称'),
    value(visit.hospitalName),
    label('医院等级'),
    value(visit.hospitalLevel),
  ]);
  g.row([
    label('入院日期'),
    value(visit.admissionDate),
    label('出院日期'),
    value(visit.dischargeDate),
    label('住院天数'),
    value(String(visit.days)),
  ]);
  g.row([label('费用类别'), value(visit.expenseType, 5)]);
  g.row([
    label('总费用', 1.2),
    label('统筹基金支付范围内费用', 1.2),
    label('乙类先行自付费用', 1.2),
    label('超限价自付费用', 1.2),
    label('自费费用', 1.2),
  ]);
  g.row([
    value(yuan(amounts.totalFen), 1.2),
    value(yuan(amounts.inScopeFen), 1.2),
    value(yuan(amounts.classBPrepayFen), 1.2),
    value(yuan(amounts.overLimitFen), 1.2),
    value(yuan(amounts.selfPayFen), 1.2),
  ]);
  g.row([
    label('基金支付合计金额', 1.5),
    value(yuan(input.fundTotalFen), 1.5),
    label('个人现金支付金额', 1.5),
    value(yuan(input.personalCashFen), 1.5),
  ]);
  for (const fund of input.funds) {
    g.row([
      label(fund.name, 2),
      value(yuan(fund.amountFen)),
      label('本次起付标准', 2),
      value(yuan(input.deductibleFen)),
    ]);
  }
  g.row([label('支付比例', 2), value(`${input.ratioPercent}%`), label('结算方式', 2), value('线上手工报销')]);
  if (input.years.length > 1) {
    for (const y of input.years) {
      g.row([
        label(`${y.year}年度（${y.days}天）`, 2),
        label('基金支付'),
        value(yuan(y.fundFen)),
        label('个人现金支付'),
        value(yuan(y.personalCashFen)),
      ]);
    }
  }
  g.row([
    label('拨付金额'),
    value(yuan(payment.amountFen)),
    label('收款人'),
    value(payment.accountNameMasked),
    label('拨付日期'),
    value(payment.paidOn),
  ]);
  g.row([
    label('收款账户'),
    value(`${payment.bankName} ${payment.cardNumberMasked}`, 3),
    label('拨付凭证号'),
    value(payment.transferReference),
  ]);

  const notes = [
    '注：1. 参保地基金按照参保地返回的基金款项名称打印',
    '2. 总费用=统筹基金支付范围内费用+乙类先行自付费用+超限价自付费用+自费费用',
    '3. 总费用=基金支付合计金额+个人现金支付金额',
  ];
  notes.forEach((text, i) => {
    page.drawText(text, { x: MARGIN + (i === 0 ? 0 : 14), y: g.y - 16 - i * 13, size: 8, font, color: LINE });
  });

  const bottom = g.y - 16 - notes.length * 13 - 130;
  drawQr(page, input.verifyUrl, MARGIN, bottom, 96);
  page.drawText('扫码核验本结果单真伪', { x: MARGIN, y: bottom - 14, size: 8, font, color: LINE });
  page.drawText(`经办机构：${input.agencyName}`, { x: A4[0] / 2 - 100, y: bottom + 70, size: 10, font, color: INK });
  page.drawText(`办结日期：${input.issuedOn}`, { x: A4[0] / 2 - 100, y: bottom + 50, size: 10, font, color: INK });
  drawSeal(page, font, A4[0] - MARGIN - 70, bottom + 60, input.agencyName);
  page.drawText('本结果单经电子签章并数字签名，其 SHA-256 与签名可在核验页查验；任何改动都会使核验失败。', {
    x: MARGIN,
    y: 36,
    size: 7,
    font,
    color: LINE,
  });
  return doc.save({ useObjectStreams: false });
}
