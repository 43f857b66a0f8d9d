import { Button } from '@nutui/nutui-react-taro';
import { MAX_SIGNATURE_IMAGE_BYTES } from '@shared/api/signatures';
import { Canvas, Text, View } from '@tarojs/components';
import type { CanvasTouchEvent } from '@tarojs/components/types/common';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { a11y } from '../../lib/a11y';
import {
  type Context2D,
  dataUrlBytes,
  drawAll,
  drawTail,
  exportSize,
  hasInk,
  type Point,
  type Stroke,
} from './strokes';
import './index.scss';

export interface SignaturePadProps {
  /** What the box is for, shown above it: e.g. 请参保人本人在框内手写签名 */
  label: string;
  /** A PNG data URL (data:image/png;base64,…) after each finished stroke; undefined after 重写 (cleared). */
  onChange: (pngDataUrl: string | undefined) => void;
  /** On the root; the drawing surface gets `${testId}-canvas`, 重写 `${testId}-clear`. */
  testId?: string;
}

/** A canvas ready to draw on: its 2D context, the box's size in CSS px and the pixels per CSS px. */
interface Surface {
  canvas: { width: number; height: number; toDataURL: (type?: string) => string };
  ctx: Context2D;
  width: number;
  height: number;
  dpr: number;
}

// Smaller exports, tried in turn should a (very busy) signature be over the API's 200 KB.
const EXPORT_WIDTHS = [600, 420, 300] as const;
const WHAT_TO_DO = '签名框：请用手指在框内写下您的名字，写完后自动保存；写错了点“重写”';

let seq = 0;

/**
 * A large white box to sign in with a finger (or the mouse): a thick dark line, 重写 to start again. After each
 * stroke the whole signature is exported as a PNG of at most 600 px wide on white (well under the API's 200 KB),
 * drawn again from its points, so it does not depend on the screen's pixel ratio. Nothing drawn = undefined.
 * H5: a plain <canvas> with pointer events (mouse and touch; touch-action none, so the page does not scroll).
 * weapp: Taro's <Canvas type="2d"> found with a selector query, its touch events, disableScroll.
 */
export function SignaturePad({ label, onChange, testId = 'signature-pad' }: SignaturePadProps) {
  const strokes = useRef<Stroke[]>([]);
  const surface = useRef<Surface | undefined>(undefined);
  const drawing = useRef(false);
  const [drawn, setDrawn] = useState(false);
  const [canvasId] = useState(() => `signature-pad-${++seq}`);
  const h5Canvas = useRef<HTMLCanvasElement | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const redraw = useCallback((s: Surface) => {
    s.canvas.width = Math.round(s.width * s.dpr);
    s.canvas.height = Math.round(s.height * s.dpr);
    drawAll(s.ctx, strokes.current, s, s.dpr);
  }, []);

  /** The signature as a PNG data URL within the API's limit; the screen canvas is drawn again afterwards. */
  const exportPng = useCallback(
    (s: Surface): string | undefined => {
      if (!hasInk(strokes.current)) return undefined;
      let url: string | undefined;
      try {
        for (const maxWidth of EXPORT_WIDTHS) {
          const size = exportSize(s.width, s.height, maxWidth);
          s.canvas.width = size.width;
          s.canvas.height = size.height;
          drawAll(s.ctx, strokes.current, s, size.scale, '#ffffff');
          const candidate = s.canvas.toDataURL('image/png');
          if (dataUrlBytes(candidate) <= MAX_SIGNATURE_IMAGE_BYTES) {
            url = candidate;
            break;
          }
        }
      } finally {
        redraw(s);
      }
      return url;
    },
    [redraw],
  );

  const begin = useCallback((s: Surface, p: Point) => {
    drawing.current = true;
    const stroke: Stroke = [p];
    strokes.current.push(stroke);
    s.ctx.setTransform(s.dpr, 0, 0, s.dpr, 0, 0);
    drawTail(s.ctx, stroke, 0);
  }, []);

  const extend = useCallback((s: Surface, p: Point) => {
    if (!drawing.current) return;
    const stroke = strokes.current[strokes.current.length - 1];
    if (!stroke) return;
    const last = stroke[stroke.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.5 && Math.abs(last.y - p.y) < 0.5) return;
    stroke.push(p);
    s.ctx.setTransform(s.dpr, 0, 0, s.dpr, 0, 0);
    drawTail(s.ctx, stroke, stroke.length - 2);
  }, []);

  const end = useCallback(
    (s: Surface | undefined) => {
      if (!drawing.current) return;
      drawing.current = false;
      if (!s) return;
      setDrawn(true);
      onChangeRef.current(exportPng(s));
    },
    [exportPng],
  );

  const clear = () => {
    strokes.current = [];
    drawing.current = false;
    if (surface.current) redraw(surface.current);
    setDrawn(false);
    onChangeRef.current(undefined);
  };

  // H5: a plain canvas, sized to its box at the screen's pixel ratio, measured again when the box changes.
  useEffect(() => {
    if (process.env.TARO_ENV === 'weapp') return undefined;
    const canvas = h5Canvas.current;
    if (!canvas) return undefined;
    const ctx = canvas.getContext('2d');
    if (!ctx) return undefined;

    const measure = (): Surface => {
      const rect = canvas.getBoundingClientRect();
      const dpr = window.devicePixelRatio || 1;
      const current = surface.current;
      if (current && current.width === rect.width && current.height === rect.height && current.dpr === dpr) {
        return current;
      }
      const next: Surface = { canvas, ctx: ctx as unknown as Context2D, width: rect.width, height: rect.height, dpr };
      surface.current = next;
      redraw(next);
      return next;
    };
    const at = (clientX: number, clientY: number): Point => {
      const rect = canvas.getBoundingClientRect();
      return { x: clientX - rect.left, y: clientY - rect.top };
    };
    measure();

    const listeners: Array<[EventTarget, string, EventListener, AddEventListenerOptions?]> = [];
    const on = <E extends Event>(
      target: EventTarget,
      type: string,
      listener: (e: E) => void,
      options?: AddEventListenerOptions,
    ) => {
      target.addEventListener(type, listener as EventListener, options);
      listeners.push([target, type, listener as EventListener, options]);
    };

    if (typeof window.PointerEvent === 'function') {
      on<PointerEvent>(canvas, 'pointerdown', (e) => {
        if (e.button !== 0 && e.pointerType === 'mouse') return;
        e.preventDefault();
        canvas.setPointerCapture?.(e.pointerId);
        begin(measure(), at(e.clientX, e.clientY));
      });
      on<PointerEvent>(canvas, 'pointermove', (e) => {
        if (!drawing.current || !surface.current) return;
        e.preventDefault();
        const s = surface.current;
        const events = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
        for (const c of events.length > 0 ? events : [e]) extend(s, at(c.clientX, c.clientY));
      });
      const finish = () => end(surface.current);
      on(canvas, 'pointerup', finish);
      on(canvas, 'pointercancel', finish);
      on(canvas, 'lostpointercapture', finish);
    } else {
      // Browsers without pointer events: the mouse, and touches.
      on<MouseEvent>(canvas, 'mousedown', (e) => begin(measure(), at(e.clientX, e.clientY)));
      on<MouseEvent>(window, 'mousemove', (e) => {
        if (surface.current) extend(surface.current, at(e.clientX, e.clientY));
      });
      on(window, 'mouseup', () => end(surface.current));
      on<TouchEvent>(
        canvas,
        'touchstart',
        (e) => {
          const t = e.touches[0];
          if (!t) return;
          e.preventDefault();
          begin(measure(), at(t.clientX, t.clientY));
        },
        { passive: false },
      );
      on<TouchEvent>(
        canvas,
        'touchmove',
        (e) => {
          const t = e.touches[0];
          if (t && surface.current) extend(surface.current, at(t.clientX, t.clientY));
        },
        { passive: false },
      );
      on(canvas, 'touchend', () => end(surface.current));
      on(canvas, 'touchcancel', () => end(surface.current));
    }
    // Never scroll the page while the finger is in the box (belt and braces to touch-action: none).
    on<TouchEvent>(canvas, 'touchmove', (e) => e.preventDefault(), { passive: false });
    on(window, 'resize', () => measure());

    return () => {
      for (const [target, type, listener, options] of listeners) target.removeEventListener(type, listener, options);
    };
  }, [begin, extend, end, redraw]);

  // weapp: Canvas 2D's node by a selector query once it is on the page.
  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp') return undefined;
    let live = true;
    let tries = 0;
    const find = () => {
      Taro.createSelectorQuery()
        .select(`#${canvasId}`)
        .fields({ node: true, size: true })
        .exec(
          (
            res: Array<{
              node?: Surface['canvas'] & { getContext: (t: '2d') => unknown };
              width?: number;
              height?: number;
            } | null>,
          ) => {
            if (!live) return;
            const found = res?.[0];
            if (!found?.node || !found.width || !found.height) {
              tries += 1;
              if (tries < 20) setTimeout(find, 100);
              return;
            }
            const info = typeof Taro.getWindowInfo === 'function' ? Taro.getWindowInfo() : Taro.getSystemInfoSync();
            const next: Surface = {
              canvas: found.node,
              ctx: found.node.getContext('2d') as Context2D,
              width: found.width,
              height: found.height,
              dpr: info.pixelRatio || 1,
            };
            surface.current = next;
            redraw(next);
          },
        );
    };
    Taro.nextTick(find);
    return () => {
      live = false;
    };
  }, [canvasId, redraw]);

  const touchPoint = (e: CanvasTouchEvent): Point | undefined => {
    const t = e.touches[0] ?? e.changedTouches?.[0];
    return t ? { x: t.x, y: t.y } : undefined;
  };

  const surfaceLabel = `${label}。${WHAT_TO_DO}${drawn ? '。已签名' : ''}`;

  return (
    <View className="signature-pad" data-testid={testId} data-signed={drawn ? 'true' : 'false'}>
      <Text className="signature-pad__label">{label}</Text>
      <View className="signature-pad__box">
        {drawn ? null : <Text className="signature-pad__hint">请在此处签名</Text>}
        <View className="signature-pad__baseline" />
        {process.env.TARO_ENV === 'weapp' ? (
          <Canvas
            type="2d"
            id={canvasId}
            className="signature-pad__canvas"
            data-testid={`${testId}-canvas`}
            disableScroll
            {...{ ariaRole: 'img', ariaLabel: surfaceLabel }}
            onTouchStart={(e) => {
              const p = touchPoint(e);
              if (p && surface.current) begin(surface.current, p);
            }}
            onTouchMove={(e) => {
              const p = touchPoint(e);
              if (p && surface.current) extend(surface.current, p);
            }}
            onTouchEnd={() => end(surface.current)}
            onTouchCancel={() => end(surface.current)}
          />
        ) : (
          <canvas
            ref={h5Canvas}
            id={canvasId}
            className="signature-pad__canvas"
            data-testid={`${testId}-canvas`}
            role="img"
            aria-label={surfaceLabel}
          />
        )}
      </View>
      <View className="signature-pad__footer">
        <Text className="signature-pad__state" data-testid={`${testId}-state`}>
          {drawn ? '已签名。写得不满意，可以点“重写”。' : '还没有签名'}
        </Text>
        <Button
          {...a11y('button', { label: '重写签名' })}
          className="signature-pad__clear"
          data-testid={`${testId}-clear`}
          onClick={clear}
        >
          重写
        </Button>
      </View>
    </View>
  );
}
