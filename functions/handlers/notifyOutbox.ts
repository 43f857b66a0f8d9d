import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { markOutboxFailed, outboxIdOfKeys } from '../data/outbox';
import { logger } from '../support/logger';
import { deliverOutboxItem } from '../usecases/notices/notifier';

/** The outbox id of a stream record, or why it is not one we can deliver. */
function outboxIdOf(record: DynamoDBRecord): { id: string } | { poison: string; id?: string } {
  const image = record.dynamodb?.NewImage ?? record.dynamodb?.Keys;
  if (!image) return { poison: 'NO_IMAGE' };
  return outboxIdOfKeys(unmarshall(image as Record<string, AttributeValue>));
}

/**
 * Table stream consumer (outbox relay): each new or changed outbox item is delivered (usecases/notices/notifier.ts). Records are
 * independent: one failing is reported in `batchItemFailures` (the stream retries from it), the others are not
 * held back; a record that cannot be an outbox item is parked with its reason and acknowledged.
 */
export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const failures: { itemIdentifier: string }[] = [];
  const now = new Date();
  const outcomes = await Promise.all(
    event.Records.map(async (record) => {
      const sequence = record.dynamodb?.SequenceNumber ?? '';
      const parsed = outboxIdOf(record);
      if ('poison' in parsed) {
        logger.warn('outbox record parked', { reason: parsed.poison, sequence });
        if (parsed.id) await markOutboxFailed(parsed.id, parsed.poison, now).catch(() => false);
        return 'PARKED';
      }
      try {
        const outcome = await deliverOutboxItem(parsed.id, now);
        if (outcome === 'RETRY') failures.push({ itemIdentifier: sequence });
        return outcome;
      } catch (error) {
        logger.error('outbox delivery failed', {
          outboxId: parsed.id,
          errorName: error instanceof Error ? error.name : 'Unknown',
        });
        failures.push({ itemIdentifier: sequence });
        return 'ERROR';
      }
    }),
  );
  logger.info('outbox batch', { records: event.Records.length, outcomes });
  return { batchItemFailures: failures };
};
