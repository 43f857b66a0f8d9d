import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '../lib/logger';

/**
 * Table stream consumer (outbox relay). The event source filter passes only outbox items; the delivery of each
 * notice (WeChat subscribe message, in-app inbox) is the staff-workflow issue's work. Until then it acknowledges
 * the records it sees so the local poller and the cloud trigger are wired end to end.
 */
export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const outboxIds: string[] = [];
  for (const record of event.Records) {
    const image = record.dynamodb?.NewImage;
    if (!image) continue;
    const item = unmarshall(image as Record<string, AttributeValue>);
    if (item.entity === 'outbox' && typeof item.pk === 'string') outboxIds.push(item.pk);
  }
  logger.info('outbox records received', { count: outboxIds.length, outboxIds });
  return { batchItemFailures: [] };
};
