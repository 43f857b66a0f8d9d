export { postUploadConfirm, postUploads } from './api';
export { type CheckedFile, checkFile, sniffContentType } from './check';
export {
  type ChosenFile,
  checkChosen,
  choosePhotos,
  isRetryable,
  newAttempt,
  type UploadAttempt,
  UploadErrorCode,
  uploadPage,
} from './upload';
