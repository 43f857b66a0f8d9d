// 就诊医院查询 — the claim wizard's hospital search: the medical insurance platform's directory of institutions
// (adapters/institutions.ts — the same institutions, codes, levels and 定点 status the e-vouchers carry), each named
// with its city and level in words from the shared reference data (shared/domain/claim/hospital.ts).
import type { HospitalSearchQuery, HospitalSearchResponse } from '@shared/api/hospitals';
import { cityNameOf, hospitalLevelName } from '@shared/domain/claim/hospital';
import { searchInstitutions } from '../../adapters/institutions';

/** The hospitals whose name contains `q` (in `cityCode` if given), at most `limit`; none is an empty list. */
export async function searchHospitals(query: HospitalSearchQuery): Promise<HospitalSearchResponse> {
  const institutions = await searchInstitutions({ name: query.q, cityCode: query.cityCode, limit: query.limit });
  return {
    hospitals: institutions.map((i) => ({
      code: i.code,
      name: i.name,
      cityCode: i.cityCode,
      cityName: cityNameOf(i.cityCode),
      level: i.level,
      levelName: hospitalLevelName(i.level),
      designated: i.designated,
    })),
  };
}
