// The file bytes moved to tests/support/files.ts, beside the other shared factories; this keeps the old imports.
export * from '../../support/files';
