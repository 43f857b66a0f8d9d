// The signature as drawn: strokes of points in the box's own CSS pixels, so it can be drawn again at any scale —
// sharp on the screen (× devicePixelRatio) and small in the export (≤ 600 px wide: the API takes at most 200 KB).

export interface Point {
  x: number;
  y: number;
}
export type Stroke = Point[];

/** The few calls of a 2D context the drawing needs (the browser's and WeChat's Canvas 2D both have them). */
export interface Context2D {
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  clearRect(x: number, y: number, w: number, h: number): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  stroke(): void;
  fill(): void;
  lineWidth: number;
  lineCap: string;
  lineJoin: string;
  strokeStyle: unknown;
  fillStyle: unknown;
}

/** A thick, nearly black line: still legible when the PDF prints the signature a few centimetres wide. */
export const INK = { color: '#111111', width: 5 } as const;

/** The export's widest side; the box's aspect ratio is kept. */
export const EXPORT_MAX_WIDTH = 600;

function setInk(ctx: Context2D): void {
  ctx.lineWidth = INK.width;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = INK.color;
  ctx.fillStyle = INK.color;
}

/** Draws the segment from the stroke's point `from` to its last point (a lone point as a dot). */
export function drawTail(ctx: Context2D, stroke: Stroke, from: number): void {
  setInk(ctx);
  const first = stroke[from];
  if (!first) return;
  if (stroke.length === 1) {
    ctx.beginPath();
    ctx.arc(first.x, first.y, INK.width / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  ctx.beginPath();
  ctx.moveTo(first.x, first.y);
  for (let i = from + 1; i < stroke.length; i += 1) {
    const p = stroke[i] as Point;
    ctx.lineTo(p.x, p.y);
  }
  ctx.stroke();
}

/**
 * Clears the canvas and draws every stroke, `scale` canvas pixels per CSS pixel of the box. `background` fills it
 * first (the export is white; the screen canvas stays transparent over the box's own white).
 */
export function drawAll(
  ctx: Context2D,
  strokes: readonly Stroke[],
  size: { width: number; height: number },
  scale: number,
  background?: string,
): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, size.width * scale, size.height * scale);
  if (background) {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, size.width * scale, size.height * scale);
  }
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  for (const stroke of strokes) drawTail(ctx, stroke, 0);
}

/** The export's size in pixels and its scale, for a box of `width` × `height` CSS px, at most `maxWidth` wide. */
export function exportSize(
  width: number,
  height: number,
  maxWidth: number = EXPORT_MAX_WIDTH,
): { width: number; height: number; scale: number } {
  const scale = Math.min(maxWidth / Math.max(width, 1), 2);
  return { width: Math.round(width * scale), height: Math.round(height * scale), scale };
}

/** The bytes a `data:…;base64,` URL decodes to. */
export function dataUrlBytes(dataUrl: string): number {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** Whether anything was drawn. */
export function hasInk(strokes: readonly Stroke[]): boolean {
  return strokes.some((s) => s.length > 0);
}
