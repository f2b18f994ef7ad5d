// Local passwords: the rule a new password must meet, and Argon2id hashing (@node-rs/argon2, its defaults:
// m=19456 KiB, t=2, p=1, OWASP's first recommended setting). Hashing is deliberately slow, so an instance
// computes at most SIGNIN_CONCURRENT_HASHES at once and the rest wait: a flood of sign-ins queues instead of
// taking every core from the API.
import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';
import type { Config } from '../../config';
import { LIMITS } from '../validation';

/**
 * zxcvbn-ts's ranked list of common passwords (about 49,000, drawn from leaked-password corpora and kept with
 * the maintained zxcvbn-ts project). Compared without case: `Password1234` is as guessable as `password1234`.
 */
let common: ReadonlySet<string> | undefined;
const commonPasswords = () =>
  (common ??= new Set(dictionary['passwords-common'].filter((p) => p.length >= LIMITS.passwordMin)));

export const newPassword = z
  .string()
  .min(LIMITS.passwordMin, `must be at least ${LIMITS.passwordMin} characters`)
  .max(LIMITS.password, `must be at most ${LIMITS.password} characters`)
  .refine((p) => !commonPasswords().has(p.toLowerCase()), 'is on the list of common passwords: choose another');

/** A small counting semaphore: at most `size` holders at once, the others served in arrival order. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(size: number) {
    this.free = size;
  }
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}

// One set of slots per running app: each app has its own frozen config.
const slotsByConfig = new WeakMap<Config, Slots>();
const slotsOf = (config: Config) => {
  let slots = slotsByConfig.get(config);
  if (!slots) slotsByConfig.set(config, (slots = new Slots(config.signin.concurrentHashes)));
  return slots;
};

export const hashPassword = (config: Config, password: string) => slotsOf(config).run(() => hash(password));

// Hashed once, on first use: an unknown name is verified against it, so it costs what a wrong password costs.
let dummyHash: Promise<string> | undefined;

/** Whether `password` matches `stored`; with no stored hash (unknown name, no password) it does the same work and fails. */
export async function passwordMatches(config: Config, stored: string | null, password: string): Promise<boolean> {
  dummyHash ??= hash('no account has this password');
  const against = stored ?? (await dummyHash);
  const matches = await slotsOf(config).run(() => verify(against, password).catch(() => false));
  return matches && stored !== null;
}
