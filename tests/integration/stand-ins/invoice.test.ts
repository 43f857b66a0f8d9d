import { demoInvoice, demoInvoices } from '../../../local/seed/demo';
import { startInvoiceStandIn } from '../../../local/stand-ins/invoice';
import type { RunningStandIn } from '../../../local/stand-ins/server';
import { fault, post, recorded } from './http';

let platform: RunningStandIn;
const verifyPath = '/einvoice/v1/verify';

beforeAll(async () => {
  platform = await startInvoiceStandIn({ port: 0 });
});
afterAll(() => platform.stop());
beforeEach(async () => {
  await post(`${platform.url}/__stand-in/reset`, {});
});

const verify = (body: unknown, headers: Record<string, string> = {}) =>
  post(`${platform.url}${verifyPath}`, body, headers);
const keysOf = (key: string) => {
  const { bill } = demoInvoice(key);
  return { billBatchCode: bill.code, billNo: bill.number, random: bill.checkCode };
};

describe('e-invoice platform stand-in — verification (POST /einvoice/v1/verify)', () => {
  it('returns an inpatient invoice with patient, hospital, stay, totals and items in fen', async () => {
    const { status, body } = await verify(keysOf('retiree-inpatient'));

    expect(status).toBe(200);
    expect(body).toMatchObject({ result: 'S0000', message: '查验成功' });
    expect(body.data).toEqual({
      billName: '医疗收费票据（电子）·住院',
      billBatchCode: '46062601',
      billNo: '0002310457',
      random: '8f3a2c',
      ivcDate: '2026-09-13',
      invoicingParty: { code: 'H46020000001', name: '三亚市人民医院', level: 'TERTIARY', designated: true },
      payer: { name: '王秀兰', idCardNo: '140105195503120241' },
      medicalCareType: 'INPATIENT',
      medicalCareTypeName: '住院',
      inHospitalDate: '2026-09-03',
      outHospitalDate: '2026-09-13',
      diagnosis: '社区获得性肺炎',
      totalAmtFen: 1_856_420,
      settlement: {
        fundScopeAmtFen: 1_502_300,
        classBSelfPayAmtFen: 126_840,
        overLimitSelfPayAmtFen: 18_600,
        ownExpenseAmtFen: 208_680,
      },
      items: expect.arrayContaining([{ itemName: '床位费', quantity: 10, amtFen: 120_000 }]),
      status: 'NORMAL',
      statusName: '正常',
      reimbursement: null,
    });
  });

  it('serves every demo invoice, its parts summing to its total', async () => {
    for (const invoice of demoInvoices) {
      const { body } = await verify(keysOf(invoice.key));
      const data = body.data as { totalAmtFen: number; settlement: Record<string, number>; payer: { name: string } };
      expect(data.totalAmtFen).toBe(invoice.amountsFen.total);
      expect(Object.values(data.settlement).reduce((a, b) => a + b, 0)).toBe(data.totalAmtFen);
      expect(data.payer.name).toBe(invoice.patientName);
    }
  });

  it('shows an outpatient invoice without stay dates', async () => {
    const { body } = await verify(keysOf('retiree-outpatient'));
    expect(body.data).toMatchObject({ medicalCareType: 'OUTPATIENT', inHospitalDate: null, outHospitalDate: null });
  });

  it('shows the platform status: already reimbursed elsewhere (已报销) and reversed (已冲红)', async () => {
    const reimbursed = await verify(keysOf('worker-reimbursed'));
    const reversed = await verify(keysOf('retiree-reversed'));

    expect(reimbursed.body.data).toMatchObject({
      status: 'REIMBURSED',
      statusName: '已报销',
      reimbursement: { agency: '上海市医疗保险事业管理中心', date: '2026-04-20' },
    });
    expect(reversed.body.data).toMatchObject({ status: 'REVERSED', statusName: '已冲红' });
  });

  it('accepts the check code in either case', async () => {
    const keys = keysOf('student-vacation-outpatient');
    expect((await verify({ ...keys, random: keys.random.toUpperCase() })).status).toBe(200);
  });

  it('answers a wrong check code exactly like an unknown invoice (404)', async () => {
    const wrongCheck = await verify({ ...keysOf('retiree-inpatient'), random: '000000' });
    const unknown = await verify({ billBatchCode: '46062601', billNo: '9999999999', random: '8f3a2c' });

    expect(wrongCheck.status).toBe(404);
    expect(wrongCheck.body).toEqual({ result: 'E0404', message: '未查询到该票据，请核对票据代码、票据号码和校验码' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual(wrongCheck.body);
  });

  it.each([
    ['billBatchCode', { billBatchCode: '4606260' }],
    ['billNo', { billNo: '00023104X7' }],
    ['random', { random: '8f3a2' }],
  ])('answers 400 naming the malformed field %s', async (field, change) => {
    const { status, body } = await verify({ ...keysOf('retiree-inpatient'), ...change });
    expect(status).toBe(400);
    expect(body).toMatchObject({ result: 'E0001', field });
  });

  it('answers 400 to a body that is not JSON', async () => {
    expect((await verify('billNo=1')).status).toBe(400);
  });

  it("records the applicant's authorisation token it was sent", async () => {
    await verify(keysOf('retiree-inpatient'), { authorization: 'Bearer applicant-consent-123' });
    const [call] = await recorded(platform.url, verifyPath);
    expect(call).toMatchObject({
      body: keysOf('retiree-inpatient'),
      headers: { authorization: 'Bearer applicant-consent-123' },
    });
  });
});

describe('e-invoice platform stand-in — admin', () => {
  it('set_status marks an invoice reimbursed elsewhere until reset', async () => {
    const keys = keysOf('retiree-inpatient');
    const changed = await post(`${platform.url}/__stand-in/faults`, {
      action: 'set_status',
      billBatchCode: keys.billBatchCode,
      billNo: keys.billNo,
      status: 'REIMBURSED',
    });

    expect(changed.status).toBe(200);
    expect((await verify(keys)).body.data).toMatchObject({
      status: 'REIMBURSED',
      statusName: '已报销',
      reimbursement: { agency: '其他经办机构' },
    });
    await post(`${platform.url}/__stand-in/reset`, {});
    expect((await verify(keys)).body.data).toMatchObject({ status: 'NORMAL' });
  });

  it('set_status refuses an unknown invoice or status', async () => {
    expect(
      (await fault(platform.url, { action: 'set_status', billBatchCode: '1', billNo: '2', status: 'NORMAL' })).status,
    ).toBe(400);
    const keys = keysOf('retiree-inpatient');
    expect((await fault(platform.url, { action: 'set_status', ...keys, status: 'LOST' })).status).toBe(400);
  });

  it('injects an outage: 503 with the platform error body, then serves again', async () => {
    await fault(platform.url, { path: verifyPath, status: 503 });
    const down = await verify(keysOf('retiree-inpatient'));
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ result: 'E9999', message: '系统繁忙，请稍后再试' });
    expect((await verify(keysOf('retiree-inpatient'))).status).toBe(200);
  });

  it('answers an unknown interface with 404', async () => {
    expect((await post(`${platform.url}/einvoice/v1/reimburse`, {})).body).toMatchObject({ result: 'E0405' });
  });
});
