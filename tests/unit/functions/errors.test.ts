import { ERRORS } from '@shared/api/errors';
import { refuse } from '@shared/domain/errors';
import { PLATFORM_RULE } from '@shared/domain/sources';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { httpHandler } from '../../../functions/http/http';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RefusalError,
  UnprocessableError,
  ValidationError,
} from '../../../functions/support/errors';

const event = { routeKey: 'POST /v1/error-check', headers: {} } as unknown as APIGatewayProxyEventV2;
const context = { functionName: 'error-check', awsRequestId: 'r-1' } as unknown as Context;

async function answerTo(error: Error): Promise<{ status: number | undefined; body: unknown }> {
  const result = (await httpHandler(async () => {
    throw error;
  })(event, context)) as APIGatewayProxyStructuredResultV2;
  return { status: result.statusCode, body: JSON.parse(String(result.body)) };
}

// Error classes take a registered code; the status is the registry's (issue 10 item 3).
describe('AppError and its classes', () => {
  it('take the status and the default message from the registry', () => {
    expect(new AppError('STAFF_ACCOUNT_LOCKED')).toMatchObject({
      status: 423,
      message: ERRORS.STAFF_ACCOUNT_LOCKED.message,
    });
    expect(new NotFoundError()).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(new ForbiddenError(undefined, 'BINDING_REQUIRED')).toMatchObject({ status: 403 });
    expect(new ConflictError('办件已在别处更新', 'VERSION_CONFLICT')).toMatchObject({ status: 409 });
    expect(new UnprocessableError('HOSPITAL_UNKNOWN', '缺少医院信息')).toMatchObject({ status: 422 });
  });

  it('do not compile with an unregistered code or one of another status', () => {
    // Type-level: tsc (npx tsc -p tsconfig.json) fails if either line below compiles; never run.
    const neverRun = () => [
      // @ts-expect-error — not a registered code
      new AppError('NOT_A_REGISTERED_CODE'),
      // @ts-expect-error — NOT_FOUND is a 404, not a 422
      new UnprocessableError('NOT_FOUND', '没有找到'),
    ];
    expect(neverRun).toBeInstanceOf(Function);
  });
});

describe('the error body the wrapper answers with', () => {
  it('puts a refusal’s 依据 in `source`, beside `fields` that hold per-field messages only', async () => {
    const refusal = refuse('MATERIALS_INCOMPLETE', '请先上传：住院发票', PLATFORM_RULE);

    const answer = await answerTo(new RefusalError(refusal, { 'materials.INVOICE': '请上传住院发票' }));

    expect(answer).toEqual({
      status: 422,
      body: {
        error: {
          code: 'MATERIALS_INCOMPLETE',
          message: '请先上传：住院发票',
          fields: { 'materials.INVOICE': '请上传住院发票' },
          source: PLATFORM_RULE.label,
        },
      },
    });
  });

  it('leaves `fields` out of a refusal without per-field messages; its status is the registry’s', async () => {
    const held = refuse('VOUCHER_ALREADY_CLAIMED', '该电子票据已用于另一笔报销申请', PLATFORM_RULE);
    const role = refuse('ROLE_NOT_ALLOWED', '当前岗位不能受理', PLATFORM_RULE);

    const [claimed, forbidden] = await Promise.all([
      answerTo(new RefusalError(held)),
      answerTo(new RefusalError(role)),
    ]);

    expect(claimed).toEqual({
      status: 409,
      body: { error: { code: 'VOUCHER_ALREADY_CLAIMED', message: held.message, source: PLATFORM_RULE.label } },
    });
    expect(forbidden.status).toBe(403);
  });

  it('answers a validation error with its fields and no source', async () => {
    const answer = await answerTo(new ValidationError({ idNumber: '身份证号码校验位不正确' }));

    expect(answer).toEqual({
      status: 400,
      body: {
        error: {
          code: 'VALIDATION_FAILED',
          message: ERRORS.VALIDATION_FAILED.message,
          fields: { idNumber: '身份证号码校验位不正确' },
        },
      },
    });
  });
});
