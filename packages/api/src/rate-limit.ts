/**
 * Token buckets per client, in this process's memory: each client may spend `capacity` requests at
 * once, and earns `refillPerSecond` back. Several server instances each keep their own buckets.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();
  private lastSweep = 0;

  constructor(
    private readonly limit: { capacity: number; refillPerSecond: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Spends a token of `client`: 0 when allowed, otherwise the seconds until one is earned. */
  take(client: string): number {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(client) ?? { tokens: this.limit.capacity, updatedAt: now };
    const earned = ((now - bucket.updatedAt) / 1000) * this.limit.refillPerSecond;
    bucket.tokens = Math.min(this.limit.capacity, bucket.tokens + earned);
    bucket.updatedAt = now;
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.limit.refillPerSecond);
  }

  /** A bucket that has refilled is the same as none: forget it, so memory stays bounded. */
  private sweep(now: number): void {
    const fullAfterMs = (this.limit.capacity / this.limit.refillPerSecond) * 1000;
    if (now - this.lastSweep < fullAfterMs) return;
    this.lastSweep = now;
    for (const [client, bucket] of this.buckets) {
      if (now - bucket.updatedAt >= fullAfterMs) this.buckets.delete(client);
    }
  }
}
