// The in-memory twins pass the same contract as the DynamoDB adapters.
import {
  MemoryContentStore,
  MemoryDeliveryLedger,
  MemoryEditionStore,
  MemoryParkedJobs,
  MemoryVariantStore,
} from '../../../functions/adapters/memory/delivery-stores.ts';
import { deliveryStoreContract } from './delivery-stores.contract.ts';

deliveryStoreContract('memory', {
  content: async () => new MemoryContentStore(),
  editions: async () => new MemoryEditionStore(),
  variants: async () => new MemoryVariantStore(),
  ledger: async () => new MemoryDeliveryLedger(),
  parked: async () => new MemoryParkedJobs(),
});
