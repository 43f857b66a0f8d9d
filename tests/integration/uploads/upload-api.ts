// The upload route calls moved to tests/support/uploads.ts, beside the other shared factories; this keeps the old
// imports.
export { announceAndPut, confirm, confirmedUpload, type PresignedPut, putTo } from '../../support/uploads';
