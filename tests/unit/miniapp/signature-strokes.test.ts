// The signature pad's drawing (miniapp/src/components/signature-pad/strokes.ts): strokes kept as points, drawn again
// at any scale; the export's size and the byte count of its data URL.
import {
  type Context2D,
  dataUrlBytes,
  drawAll,
  EXPORT_MAX_WIDTH,
  exportSize,
  hasInk,
  INK,
} from '../../../miniapp/src/components/signature-pad/strokes';

/** A 2D context that records what is drawn. */
function recorder() {
  const calls: string[] = [];
  const ctx: Context2D = {
    setTransform: (a, _b, _c, d, e, f) => calls.push(`transform ${a} ${d} ${e} ${f}`),
    clearRect: (x, y, w, h) => calls.push(`clear ${x} ${y} ${w} ${h}`),
    fillRect: (x, y, w, h) => calls.push(`fill ${x} ${y} ${w} ${h} ${String(ctx.fillStyle)}`),
    beginPath: () => calls.push('begin'),
    moveTo: (x, y) => calls.push(`move ${x} ${y}`),
    lineTo: (x, y) => calls.push(`line ${x} ${y}`),
    arc: (x, y, r) => calls.push(`dot ${x} ${y} ${r}`),
    stroke: () => calls.push(`stroke ${ctx.lineWidth} ${String(ctx.strokeStyle)}`),
    fill: () => calls.push('fill-path'),
    lineWidth: 1,
    lineCap: 'butt',
    lineJoin: 'miter',
    strokeStyle: '',
    fillStyle: '',
  };
  return { ctx, calls };
}

describe('exportSize', () => {
  it('exports a phone-wide box at 600 px wide, its proportions kept', () => {
    expect(exportSize(342, 220)).toEqual({ width: EXPORT_MAX_WIDTH, height: 386, scale: 600 / 342 });
  });

  it('never blows a small box up more than twice', () => {
    expect(exportSize(200, 100)).toEqual({ width: 400, height: 200, scale: 2 });
  });

  it('takes a smaller width when asked (a second try for a very busy signature)', () => {
    expect(exportSize(342, 220, 300).width).toBe(300);
  });
});

describe('drawAll', () => {
  it('fills the export white, then draws each stroke in thick dark ink at the scale asked', () => {
    const { ctx, calls } = recorder();
    const strokes = [
      [
        { x: 10, y: 10 },
        { x: 20, y: 15 },
        { x: 30, y: 12 },
      ],
      [{ x: 50, y: 50 }],
    ];
    drawAll(ctx, strokes, { width: 300, height: 200 }, 2, '#ffffff');
    expect(calls).toEqual([
      'transform 1 1 0 0',
      'clear 0 0 600 400',
      'fill 0 0 600 400 #ffffff',
      'transform 2 2 0 0',
      'begin',
      'move 10 10',
      'line 20 15',
      'line 30 12',
      `stroke ${INK.width} ${INK.color}`,
      'begin',
      `dot 50 50 ${INK.width / 2}`,
      'fill-path',
    ]);
    expect(INK.width).toBeGreaterThanOrEqual(4);
  });

  it('leaves the screen canvas transparent (the box is white under it)', () => {
    const { ctx, calls } = recorder();
    drawAll(ctx, [], { width: 300, height: 200 }, 3);
    expect(calls).toEqual(['transform 1 1 0 0', 'clear 0 0 900 600', 'transform 3 3 0 0']);
  });
});

describe('dataUrlBytes and hasInk', () => {
  it('counts the bytes a base64 data URL decodes to', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'hello world']) {
      const url = `data:image/png;base64,${Buffer.from(text).toString('base64')}`;
      expect(dataUrlBytes(url)).toBe(text.length);
    }
  });

  it('is blank until a point is drawn', () => {
    expect(hasInk([])).toBe(false);
    expect(hasInk([[]])).toBe(false);
    expect(hasInk([[{ x: 1, y: 1 }]])).toBe(true);
  });
});
