// 签署文书 PDF — a signed letter laid out like the paper forms of `001 附件1–2`: the title, the body with its blanks
// filled, the hand-drawn signature beside the signature line, and in small print at the foot of every page the
// SHA-256 that binds text and image, and when it was signed. The CJK font (Noto Sans SC, SIL OFL) is subset at embed
// time: a letter carries only the glyphs it uses.

import notoSansSc from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFImage, type PDFPage, rgb } from 'pdf-lib';

/** What goes on the PDF. `signatureLine` is the index of the body line that carries the signature blank. */
export type LetterPdfInput = {
  title: string;
  text: string;
  signatureLine: number;
  image: Uint8Array;
  sha256: string;
  signedAt: string;
  signatureId: string;
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 64;
const FOOTER = 40;
const BODY_SIZE = 11.5;
const LEADING = 20;
const TITLE_SIZE = 20;
const IMAGE_HEIGHT = 44;
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.4, 0.4, 0.4);
const NO_LINE_START = '，。、；：？！）》」』”’';

type Glyphs = { subset: { _addGlyph(gid: number): number; glyf: Uint8Array[]; offset: number } };

/**
 * @pdf-lib/fontkit 1.1.1 writes a subset's glyph offsets in the short `loca` format (offset / 2) without padding
 * each glyph to an even length; Noto's glyphs are often odd-sized, so every glyph after the first odd one is read
 * from the wrong place. Padding each copied glyph to an even length keeps the offsets exact.
 */
const evenGlyphFontkit: typeof fontkit = {
  create(buffer, postscriptName) {
    const font = fontkit.create(buffer, postscriptName);
    const internal = font as unknown as { createSubset(): Glyphs['subset'] };
    const createSubset = internal.createSubset.bind(font);
    internal.createSubset = () => {
      const subset = createSubset();
      const addGlyph = subset._addGlyph.bind(subset);
      subset._addGlyph = (gid) => {
        const index = addGlyph(gid);
        const glyph = subset.glyf[index];
        if (glyph && glyph.length % 2 === 1) {
          // Same class as fontkit's own buffers (its stream refuses others).
          const padded = (glyph.constructor as unknown as { alloc(size: number): Uint8Array }).alloc(glyph.length + 1);
          padded.set(glyph, 0);
          subset.glyf[index] = padded;
          subset.offset += 1;
        }
        return index;
      };
      return subset;
    };
    return font;
  },
};

/** Registers fontkit and embeds Noto Sans SC (subset to the glyphs used) into a document. */
export async function embedCjkFont(doc: PDFDocument): Promise<PDFFont> {
  doc.registerFontkit(evenGlyphFontkit);
  return doc.embedFont(notoSansSc, { subset: true });
}

/** 2025年3月8日 14:05 (北京时间). */
function beijingTime(iso: string): string {
  const t = new Date(new Date(iso).getTime() + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}（北京时间）`;
}

/** Breaks a line into pieces no wider than `width` (Chinese breaks between any two characters). */
function wrap(line: string, font: PDFFont, size: number, width: number): string[] {
  if (line === '') return [''];
  const pieces: string[] = [];
  let current = '';
  for (const char of line) {
    // Closing punctuation never starts a line (禁则): it may hang past the margin instead.
    const hangs = NO_LINE_START.includes(char);
    if (current !== '' && !hangs && font.widthOfTextAtSize(current + char, size) > width) {
      pieces.push(current);
      current = char.trim() === '' ? '' : char;
    } else current += char;
  }
  pieces.push(current);
  return pieces;
}

class Layout {
  page: PDFPage;
  y: number;
  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly input: LetterPdfInput,
  ) {
    this.page = this.newPage();
    this.y = A4[1] - MARGIN;
  }

  private newPage(): PDFPage {
    const page = this.doc.addPage(A4);
    const foot = `电子签名校验值 SHA-256：${this.input.sha256}`;
    const stamp = `签署时间：${beijingTime(this.input.signedAt)}　　签名编号：${this.input.signatureId}`;
    page.drawText(foot, { x: MARGIN, y: FOOTER - 8, size: 6.5, font: this.font, color: GREY });
    page.drawText(stamp, { x: MARGIN, y: FOOTER + 2, size: 6.5, font: this.font, color: GREY });
    return page;
  }

  /** Makes room for `height` more points, starting a new page when this one is full. */
  need(height: number): void {
    if (this.y - height >= FOOTER + 24) return;
    this.page = this.newPage();
    this.y = A4[1] - MARGIN;
  }

  title(text: string): void {
    const width = this.font.widthOfTextAtSize(text, TITLE_SIZE);
    this.need(TITLE_SIZE + 18);
    this.page.drawText(text, { x: (A4[0] - width) / 2, y: this.y - TITLE_SIZE, size: TITLE_SIZE, font: this.font });
    this.y -= TITLE_SIZE + 24;
  }

  line(text: string): number {
    const pieces = wrap(text, this.font, BODY_SIZE, A4[0] - 2 * MARGIN);
    let endX = MARGIN;
    for (const piece of pieces) {
      this.need(LEADING);
      this.page.drawText(piece, { x: MARGIN, y: this.y - BODY_SIZE, size: BODY_SIZE, font: this.font, color: INK });
      endX = MARGIN + this.font.widthOfTextAtSize(piece, BODY_SIZE);
      this.y -= LEADING;
    }
    return endX;
  }

  /** The signature line, with the hand-drawn signature after its text. */
  signature(text: string, image: PDFImage): void {
    const scale = IMAGE_HEIGHT / image.height;
    const width = Math.min(image.width * scale, 180);
    const height = image.height * (width / image.width);
    this.need(height + 8);
    const endX = this.line(text);
    const x = Math.min(endX + 8, A4[0] - MARGIN - width);
    this.page.drawImage(image, { x, y: this.y + LEADING - height + 4, width, height });
    this.y -= Math.max(0, height - LEADING);
  }
}

/** The PDF of a signed letter. */
export async function renderLetterPdf(input: LetterPdfInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(input.title);
  doc.setCreator('异地就医线上办');
  doc.setCreationDate(new Date(input.signedAt));
  doc.setModificationDate(new Date(input.signedAt));
  const font = await embedCjkFont(doc);
  const image = await doc.embedPng(input.image);
  const layout = new Layout(doc, font, input);
  const lines = input.text.split('\n');
  lines.forEach((line, index) => {
    // The templates repeat the title as their first line: it is drawn once, large.
    if (index === 0 && line.trim() === input.title) layout.title(line.trim());
    else if (index === input.signatureLine) layout.signature(line, image);
    else layout.line(line);
  });
  return doc.save();
}
