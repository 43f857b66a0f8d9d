import { checkInsuredNow, type InsuredPurpose } from '@shared/domain/person/insured';
import { PLATFORM_RULE } from '@shared/domain/sources';

const PURPOSES: InsuredPurpose[] = ['BIND', 'PRINCIPAL', 'FILE', 'CLAIM'];

describe('only a person insured now may bind, file or claim', () => {
  it.each(PURPOSES)('%s: an insured person passes', (purpose) => {
    expect(checkInsuredNow('INSURED', purpose)).toEqual({ ok: true, value: true });
  });

  it.each(PURPOSES)('%s: suspended and terminated are refused with the same two codes everywhere', (purpose) => {
    expect(checkInsuredNow('SUSPENDED', purpose)).toMatchObject({
      ok: false,
      code: 'INSURANCE_SUSPENDED',
      source: PLATFORM_RULE,
    });
    expect(checkInsuredNow('TERMINATED', purpose)).toMatchObject({ ok: false, code: 'INSURANCE_TERMINATED' });
  });

  it('speaks to the person themself when binding, and about them when someone acts for them', () => {
    const own = checkInsuredNow('SUSPENDED', 'BIND');
    const named = checkInsuredNow('SUSPENDED', 'PRINCIPAL');
    expect(!own.ok && own.message).toMatch(/^您的医保/);
    expect(!named.ok && named.message).toMatch(/^该参保人的医保/);
  });
});
