import { S3Client } from '@aws-sdk/client-s3';
import { config } from '../config';

let client: S3Client | undefined;

/** The S3 client, created on first use. Locally AWS_ENDPOINT_URL_S3 points it at s3rver. */
export function s3(): S3Client {
  client ??= new S3Client({
    forcePathStyle: config().s3ForcePathStyle,
    // Without this the SDK signs a CRC32 of an empty body into presigned PUT URLs, and real uploads then fail.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return client;
}
