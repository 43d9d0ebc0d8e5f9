import { MemorySubscriberStore } from '../../../functions/adapters/memory/subscriber-store.ts';
import { subscriberStoreContract } from './store-contract.ts';

subscriberStoreContract('memory', async () => new MemorySubscriberStore());
