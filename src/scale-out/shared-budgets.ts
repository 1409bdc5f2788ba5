import type Redis from 'ioredis';
import { BudgetState, CostBudgets } from '../graphql/cost-budgets';
import { openRedis } from './redis';

/**
 * The token bucket of CostBudgets, in Redis: read, refill, take and write back in one Lua script (atomic: two
 * processes can never both spend the same cost), timed by Redis's clock so the processes' clocks do not matter,
 * each bucket expiring once it would be full again (a missing bucket is a full one).
 * KEYS[1] bucket; ARGV capacity, refill per ms, cost. Returns {granted, available × 1000}.
 */
const TAKE = `
local capacity = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'available', 'at')
local available = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
available = math.min(capacity, available + math.max(0, now - at) * per_ms)
local granted = 0
if cost <= available then
  available = available - cost
  granted = 1
end
redis.call('HSET', KEYS[1], 'available', tostring(available), 'at', now)
local ttl = 1000
if per_ms > 0 then ttl = math.ceil((capacity - available) / per_ms) + 1000 end
redis.call('PEXPIRE', KEYS[1], ttl)
return {granted, math.floor(available * 1000)}`;

type WithTake = Redis & {
  hubTakeBudget(key: string, capacity: number, perMs: number, cost: number): Promise<[number, number]>;
};

/**
 * Cost budgets shared by every process pointed at the same Redis (REDIS_URL), so a caller's budget is one budget
 * however many processes serve it. While Redis cannot be reached, each process falls back to its own in-process
 * budget (CostBudgets): callers are still limited, by up to the number of processes times their budget, and
 * nobody is refused because Redis is down.
 */
export class SharedCostBudgets {
  private readonly redis: WithTake;
  private readonly local: CostBudgets;

  constructor(
    url: string,
    readonly capacity: number,
    private readonly prefix = 'hub:budget:',
  ) {
    this.local = new CostBudgets(capacity);
    this.redis = openRedis(url, 'cost budgets') as WithTake;
    this.redis.defineCommand('hubTakeBudget', { numberOfKeys: 1, lua: TAKE });
  }

  get perSecond(): number {
    return this.capacity / 60;
  }

  async take(key: string, cost: number): Promise<BudgetState> {
    let granted: number;
    let available: number;
    try {
      const [ok, thousandths] = await this.redis.hubTakeBudget(
        this.prefix + key,
        this.capacity,
        this.perSecond / 1000,
        cost,
      );
      granted = ok;
      available = thousandths / 1000;
    } catch {
      return this.local.take(key, cost);
    }
    const seconds = (amount: number) => (this.perSecond > 0 ? Math.ceil(Math.max(0, amount) / this.perSecond) : 60);
    return {
      granted: granted === 1,
      capacity: this.capacity,
      remaining: Math.floor(available),
      resetSeconds: seconds(this.capacity - available),
      retryAfterSeconds: granted === 1 ? 0 : cost > this.capacity ? 60 : seconds(cost - available),
    };
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
