import { DynamoSendLimits } from '../../functions/adapters/dynamodb/send-limits.ts';
import { useDynalite } from '../helpers/dynalite.ts';
import { sendLimitsContract } from '../unit/subscriptions/limits-contract.ts';

const table = useDynalite();

sendLimitsContract(
  'dynamodb',
  async () => new DynamoSendLimits({ client: table.client, tableName: await table.freshTable() }),
);
