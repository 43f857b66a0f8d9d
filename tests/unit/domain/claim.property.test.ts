import { type ClaimFacts, missingMaterials, requiredMaterials } from '@shared/domain/claim/checklist';
import {
  ACCIDENTAL_INJURIES,
  ELIGIBILITY_CASES,
  EXPENSE_TYPES,
  MATERIAL_ITEMS,
  type MaterialItem,
  REGIONS,
} from '@shared/domain/vocabulary';
import { policyFor } from '@shared/policy';
import fc from 'fast-check';

const facts: fc.Arbitrary<ClaimFacts> = fc.record({
  eligibilityCase: fc.constantFrom(...ELIGIBILITY_CASES),
  expenseType: fc.constantFrom(...EXPENSE_TYPES),
  rescue: fc.boolean(),
  died: fc.boolean(),
  accidentalInjury: fc.constantFrom(...ACCIDENTAL_INJURIES),
  dualChannelDrugs: fc.boolean(),
  drugsBoughtOutside: fc.boolean(),
  outsideServicesDuringStay: fc.boolean(),
  filedByProxy: fc.boolean(),
  eVoucherFetched: fc.boolean(),
});

/** The checklist written out independently of the implementation, from SPEC §3.2 and 003 Art. 27. */
function expectedItems(f: ClaimFacts): Set<MaterialItem> {
  const stay = f.expenseType === 'INPATIENT' || f.expenseType === 'MATERNITY';
  const base: Record<ClaimFacts['expenseType'], MaterialItem[]> = {
    INPATIENT: ['INVOICE', 'FEE_LIST', 'DIAGNOSIS_OR_DISCHARGE'],
    OUTPATIENT: ['INVOICE', 'FEE_LIST', 'PRESCRIPTION_OR_RECORD'],
    EMERGENCY: ['INVOICE', 'FEE_LIST', 'EMERGENCY_DIAGNOSIS_OR_RECORD'],
    MATERNITY: ['INVOICE', 'FEE_LIST', 'DISCHARGE_SUMMARY'],
  };
  const out = new Set<MaterialItem>(base[f.expenseType]);
  if (f.rescue) out.add('RESCUE_RECORD');
  if (f.rescue && stay) out.add('DISCHARGE_SUMMARY');
  if (f.rescue && f.died) out.add('DEATH_RECORD');
  if (f.accidentalInjury === 'WITH_OFFICIAL_DOCUMENTS') out.add('ACCIDENT_DOCUMENT');
  if (f.accidentalInjury === 'WITHOUT_OFFICIAL_DOCUMENTS') out.add('TRAUMA_NO_THIRD_PARTY_LETTER');
  if (f.dualChannelDrugs) out.add('DUAL_CHANNEL_DRUG_FORM');
  if (f.drugsBoughtOutside) {
    out.add('OUTSIDE_PURCHASE_INVOICE');
    out.add('ORDER_OR_PRESCRIPTION');
  }
  if (f.outsideServicesDuringStay) out.add('OUTSIDE_SERVICE_SLIP');
  if (f.filedByProxy) {
    out.add('PROXY_ID');
    out.add('POWER_OF_ATTORNEY');
  }
  return out;
}

describe('003 Art. 27, 000 流程一 — the checklist is exactly right for any facts (property)', () => {
  it('lists exactly the required items, once each, with a name, a reason and a source', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGIONS), facts, (region, f) => {
        const result = requiredMaterials(policyFor(region), f);
        const inconsistent =
          (f.outsideServicesDuringStay && (f.expenseType === 'OUTPATIENT' || f.expenseType === 'EMERGENCY')) ||
          (f.eligibilityCase === 'MATERNITY_AWAY' && f.expenseType !== 'MATERNITY');
        expect(result.ok).toBe(!inconsistent);
        if (!result.ok) return;
        const list = result.value;
        expect(new Set(list.map((i) => i.item))).toEqual(expectedItems(f));
        expect(new Set(list.map((i) => i.item)).size).toBe(list.length);
        for (const i of list) {
          expect(i.name.length).toBeGreaterThan(0);
          expect(i.reason.length).toBeGreaterThan(0);
          expect(i.source.label.startsWith('依据：')).toBe(true);
          expect(i.satisfiedByEVoucher).toBe(f.eVoucherFetched && (i.item === 'INVOICE' || i.item === 'FEE_LIST'));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('missing = required − attached − satisfied by the e-voucher', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGIONS), facts, fc.subarray([...MATERIAL_ITEMS]), (region, f, attached) => {
        const result = requiredMaterials(policyFor(region), f);
        if (!result.ok) return;
        const missing = missingMaterials(result.value, attached).map((i) => i.item);
        const expected = [...expectedItems(f)].filter(
          (item) => !attached.includes(item) && !(f.eVoucherFetched && (item === 'INVOICE' || item === 'FEE_LIST')),
        );
        expect(new Set(missing)).toEqual(new Set(expected));
        expect(missingMaterials(result.value, [...expectedItems(f)])).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});
