import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

// Locally the SDK reads AWS_ENDPOINT_URL_DYNAMODB and talks to DynamoDB Local: the same client, no code branch.
let raw: DynamoDBClient | undefined;
let doc: DynamoDBDocumentClient | undefined;

/** The low-level DynamoDB client, created on first use. */
export function dynamodb(): DynamoDBClient {
  raw ??= new DynamoDBClient({});
  return raw;
}

/** The document client (plain JS values in and out), created on first use. */
export function documents(): DynamoDBDocumentClient {
  doc ??= DynamoDBDocumentClient.from(dynamodb(), { marshallOptions: { removeUndefinedValues: true } });
  return doc;
}
