// The claim suites' people and claims now live in the shared factories (tests/support/people.ts, claims.ts,
// uploads.ts); this module keeps the names the other suites import from here.
export {
  activeFiling,
  attachPhotos,
  attachStored,
  bankAccountOf,
  createDraft,
  detailOf,
  draftFor,
  idempotencyKey,
  jpegBytes,
  storedPhoto,
  uploadPhoto,
  voucherOf,
} from '../../support/claims';
export { type Applicant, demoShapedApplicant as demoApplicant, useStackEnvironment } from '../../support/people';
