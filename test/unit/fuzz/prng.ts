/** A seeded PRNG (mulberry32): every fuzz run can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A value of a random JSON type, some of them hostile in size or shape. */
export function wildValue(rand: () => number): unknown {
  const pick = Math.floor(rand() * 14);
  switch (pick) {
    case 0: return null;
    case 1: return true;
    case 2: return -1;
    case 3: return 1e308;
    case 4: return 0.5;
    case 5: return '';
    case 6: return 'x'.repeat(200_000);
    case 7: return '\u202e\ud800\u0000\uffff';
    case 8: return [];
    case 9: return {};
    case 10: return [null, 1, 'a'];
    case 11: return { __proto__: { polluted: true }, constructor: 'x' };
    case 12: return Number.MAX_SAFE_INTEGER + 2;
    default: return '2018-02-30';
  }
}
