/**
 * The market, as pure deterministic operations over `MarketEnv` (state, ledger, registries, block
 * time): order book, explicit matching, the task lifecycle, settlement and SLA records.
 */
export * from "./authorization.js";
export {
  ATTEMPT_GAS,
  autoMatchOnce,
  type Criteria,
  DEFAULT_CRITERIA,
  MAX_DEALS_PER_REQUEST_PER_BLOCK,
  parseCriteria,
  runAutoMatching,
} from "./autoMatch.js";
export { queueLength } from "./autoQueue.js";
export {
  DEFAULT_DUE_LIMITS,
  DUE_BUCKET_MS,
  type DueEntry,
  DueKind,
  type DueLimits,
  pendingDue,
} from "./dueQueue.js";
export { checkMarketTxFields } from "./fieldChecks.js";
export {
  checkCompatibility,
  checkServable,
  dealId,
  type MatchInput,
  matchOrders,
  taskId,
} from "./matching.js";
export { type BookEntry, Books, OrderBookIndex } from "./orderBook.js";
export { type OrderJson, OrderJsonError, orderFields, orderFromJSON, orderToJSON } from "./orderJson.js";
export {
  cancelOrder,
  DEFAULT_AUTO_MATCH_GAS,
  decodeOrder,
  domainOf,
  encodeOrder,
  MAX_AUTO_MATCH_GAS,
  MIN_AUTO_MATCH_GAS,
  orderHash,
  publishOrder,
  remainingVolume,
} from "./orders.js";
export * from "./records.js";
export { kittyReward } from "./settlement.js";
export * from "./signatures.js";
export { meanLatencyMs, reliabilityPpm } from "./sla.js";
export {
  claim,
  claimArray,
  contribute,
  contributeAndFinalize,
  contributeAndFinalizeBatch,
  contributeBatch,
  finalize,
  reopen,
  reveal,
  revealBatch,
  settleDue,
} from "./tasks.js";
export * from "./types.js";
