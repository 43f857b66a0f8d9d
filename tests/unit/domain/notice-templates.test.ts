import {
  fitKeyword,
  fitNoticeData,
  fitThing,
  NOTICE_KINDS,
  NOTICE_TEMPLATE,
  type NoticeData,
  type NoticeKind,
} from '@shared/domain/notice/templates';
import fc from 'fast-check';
import { keywordProblem } from '../../../local/stand-ins/wechat-keywords';

/** Plausible values per keyword type: free text for things, code-chosen values for the rest. */
const valueFor = (key: string): fc.Arbitrary<string> => {
  const type = key.replace(/\d+$/, '');
  if (type === 'phrase') return fc.constantFrom('已通过', '未通过', '已受理', '需补正', '已办结');
  if (type === 'date') return fc.constantFrom('2025-01-15', '2026-12-31', '2025年3月8日');
  if (type === 'character_string') return fc.stringMatching(/^[0-9A-Z]{26}$/);
  return fc.string({ unit: 'grapheme', minLength: 0, maxLength: 60 });
};

const dataFor = (kind: NoticeKind) =>
  fc.record(
    Object.fromEntries(Object.keys(NOTICE_TEMPLATE[kind]).map((key) => [key, valueFor(key)])) as Record<
      string,
      fc.Arbitrary<string>
    >,
  );

describe('订阅消息 — notice keywords fitted to WeChat’s limits before they reach the outbox', () => {
  it('produces values the WeChat stand-in (an independent reading of the rules) accepts, for every template', () => {
    for (const kind of NOTICE_KINDS) {
      fc.assert(
        fc.property(dataFor(kind), (data) => {
          const fitted = fitNoticeData(kind, data as NoticeData<typeof kind>);
          for (const [key, value] of Object.entries(fitted)) {
            expect(keywordProblem(key, { value })).toBeUndefined();
          }
        }),
      );
    }
  });

  it('cuts a thing to 20 characters ending in “…”, keeps a short one, and never leaves it empty', () => {
    expect(fitThing('一二三四五六七八九十一二三四五六七八九十')).toBe('一二三四五六七八九十一二三四五六七八九十');
    expect(fitThing('一二三四五六七八九十一二三四五六七八九十一')).toBe('一二三四五六七八九十一二三四五六七八九…');
    expect(fitThing('第一行\n第二行')).toBe('第一行 第二行');
    expect(fitThing('  ')).toBe('—');
  });

  it('throws on a code-chosen value that does not fit (a programming error, never user input)', () => {
    expect(() => fitKeyword('phrase3', '审核通过啦啦')).toThrow(RangeError);
    expect(() => fitKeyword('date4', '明天')).toThrow(RangeError);
    expect(() => fitKeyword('character_string3', '办件编号')).toThrow(RangeError);
    expect(() => fitKeyword('amount9', '100')).toThrow(RangeError);
  });

  it('requires exactly the template’s keywords', () => {
    const data = { thing1: '异地安置退休人员', thing2: '海南省', phrase3: '已通过', date4: '2025-01-15', thing5: '—' };

    expect(Object.keys(fitNoticeData('FILING_RESULT', data))).toEqual([
      'thing1',
      'thing2',
      'phrase3',
      'date4',
      'thing5',
    ]);
    const { thing5: _dropped, ...missing } = data;
    expect(() => fitNoticeData('FILING_RESULT', missing as NoticeData<'FILING_RESULT'>)).toThrow(/thing5/);
    expect(() => fitNoticeData('FILING_RESULT', { ...data, thing9: 'x' } as NoticeData<'FILING_RESULT'>)).toThrow(
      /thing9/,
    );
  });
});
