import { isGrantActive } from '@shared/domain/person/proxy';

describe('SPEC §1 — a proxy acts only while the authorisation is in force', () => {
  it('counts an active authorisation', () => {
    expect(isGrantActive({ status: 'ACTIVE' })).toBe(true);
  });

  it('does not count a revoked one, or none', () => {
    expect(isGrantActive({ status: 'REVOKED' })).toBe(false);
    expect(isGrantActive(undefined)).toBe(false);
    expect(isGrantActive(null)).toBe(false);
  });
});
