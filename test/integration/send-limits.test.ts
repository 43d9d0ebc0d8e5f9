// The anti list-bombing counters on dynalite: the same contract as the memory twin, with real conditional writes.
import { afterAll, beforeAll } from 'vitest';
import { DynamoSendLimits } from '../../functions/adapters/dynamodb/send-limits.ts';
import { startDynalite, type TestTable } from '../helpers/dynalite.ts';
import { sendLimitsContract } from '../unit/subscriptions/limits-contract.ts';

let table: TestTable;
beforeAll(async () => {
  table = await startDynalite();
});
afterAll(async () => {
  await table.stop();
});

sendLimitsContract(
  'dynamodb',
  async () => new DynamoSendLimits({ client: table.client, tableName: await table.freshTable() }),
);
