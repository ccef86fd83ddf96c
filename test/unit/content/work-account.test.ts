import { describe, expect, it } from 'vitest';
import { WorkAccount } from '../../../src/content/clock.ts';
import { SliceScheduler } from '../../../src/content/slice-scheduler.ts';

describe('WorkAccount', () => {
  it('adds up timed calls, counting a call made inside another once', () => {
    let t = 0;
    const account = new WorkAccount(() => t);
    account.time(() => void (t += 3));
    const got = account.time(() => {
      t += 2;
      account.time(() => void (t += 4)); // inside the outer call: its time is already counted
      return 'done';
    });
    expect(got).toBe('done');
    expect(account.ms).toBe(9);
    expect(() => account.time(() => {
      t += 1;
      throw new Error('page broke');
    })).toThrow('page broke');
    expect(account.ms).toBe(10);
    account.time(() => void (t += 5)); // a throw does not leave it thinking it is still inside
    expect(account.ms).toBe(15);
  });

  it('takes the scheduler\'s slices, once when a slice runs inside another timed call', () => {
    let t = 0;
    const account = new WorkAccount(() => t);
    const host = { now: () => t, setTimeout: () => 0, clearTimeout: () => undefined };
    const scheduler = new SliceScheduler(host, new AbortController().signal, 8, account);
    account.time(() => {
      t += 1;
      scheduler.push(() => {
        t += 6;
        return false;
      }, true);
    });
    expect(scheduler.total.ms).toBe(6);
    expect(account.ms).toBe(7);
  });
});
