import { ERRORS, type ErrorCode, type ErrorCodeWithStatus, ErrorResponseSchema } from '@shared/api/errors';
import { buildOpenApiDocument } from '@shared/api/openapi';
import { ROUTES } from '@shared/api/routes';
import { REFUSAL_CODE, type RefusalCode } from '@shared/domain/errors';

const HAN = /\p{Script=Han}/u;

// The one error registry (issue 10 item 3): every code with one HTTP status and a default Chinese message.
describe('ERRORS — the error registry', () => {
  it.each(Object.entries(ERRORS))('%s has a 4xx/5xx status and a Chinese message', (code, entry) => {
    expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
    expect(entry.status).toBeGreaterThanOrEqual(400);
    expect(entry.status).toBeLessThan(600);
    expect(entry.message).toMatch(HAN);
  });

  it('registers every refusal code of shared/domain, with the domain’s own message', () => {
    for (const [code, message] of Object.entries(REFUSAL_CODE)) {
      expect(ERRORS[code as RefusalCode]).toEqual({ status: expect.any(Number), message });
    }
  });

  it('keeps the statuses answers had: state conflicts 409, who may act 403, other rules 422', () => {
    const statusOf = (codes: readonly ErrorCode[]) => codes.map((code) => ERRORS[code].status);
    expect(
      statusOf([
        'TRANSITION_NOT_ALLOWED',
        'DEFICIENCY_NOTICE_ALREADY_SENT',
        'VOUCHER_ALREADY_CLAIMED',
        'VOUCHER_ALREADY_REIMBURSED',
        'VERSION_CONFLICT',
      ]),
    ).toEqual([409, 409, 409, 409, 409]);
    expect(statusOf(['ROLE_NOT_ALLOWED', 'NOT_CASE_PARTY', 'FOUR_EYES_VIOLATION', 'BINDING_REQUIRED'])).toEqual([
      403, 403, 403, 403,
    ]);
    expect(statusOf(['REVIEW_MISSING', 'COMPLETION_INCOMPLETE', 'HOSPITAL_UNKNOWN', 'MATERIALS_INCOMPLETE'])).toEqual([
      422, 422, 422, 422,
    ]);
    expect(statusOf(['STAFF_ACCOUNT_LOCKED', 'INTERNAL', 'DEPENDENCY_UNAVAILABLE'])).toEqual([423, 500, 503]);
  });

  it('is typed: an unregistered code, or a code of another status, does not compile', () => {
    // @ts-expect-error — not a registered code
    const unregistered: ErrorCode = 'NOT_A_REGISTERED_CODE';
    // @ts-expect-error — VOUCHER_ALREADY_CLAIMED is a 409, not a 422
    const otherStatus: ErrorCodeWithStatus<422> = 'VOUCHER_ALREADY_CLAIMED';
    const registered: ErrorCodeWithStatus<422> = 'REVIEW_MISSING';
    expect([unregistered, otherStatus, registered]).toHaveLength(3);
  });
});

describe('ErrorResponseSchema — the error body', () => {
  it('has code and message, per-field messages in fields and the 依据 in its own source', () => {
    const body = {
      error: {
        code: 'MATERIALS_INCOMPLETE',
        message: '请先上传：住院发票',
        fields: { 'materials.INVOICE': '请上传住院发票' },
        source: '依据：《……》第二十七条',
      },
    };

    expect(ErrorResponseSchema.parse(body)).toEqual(body);
    expect(ErrorResponseSchema.parse({ error: { code: 'NOT_FOUND', message: '没有找到' } })).toEqual({
      error: { code: 'NOT_FOUND', message: '没有找到' },
    });
  });

  it('refuses a body without a message, a non-text field message or a non-text source', () => {
    expect(ErrorResponseSchema.safeParse({ error: { code: 'NOT_FOUND' } }).success).toBe(false);
    expect(ErrorResponseSchema.safeParse({ error: { code: 'X', message: '错', fields: { a: 1 } } }).success).toBe(
      false,
    );
    expect(
      ErrorResponseSchema.safeParse({ error: { code: 'X', message: '错', source: { label: '依据' } } }).success,
    ).toBe(false);
  });

  it('is the OpenAPI document’s Error component, its code one of the registry’s', () => {
    const doc = buildOpenApiDocument(ROUTES) as {
      components: {
        schemas: { Error: { properties: { error: { properties: Record<string, { enum?: string[] }> } } } };
      };
    };
    const error = doc.components.schemas.Error.properties.error.properties;

    expect(Object.keys(error).sort()).toEqual(['code', 'fields', 'message', 'source']);
    expect(error.code?.enum).toEqual(Object.keys(ERRORS));
  });
});
