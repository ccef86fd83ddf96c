import { ALL_KINDS_SLOT, BOOT_SLOT, slots } from '../shared/slots.ts';

// Built alone as all-kinds.js and registered by the background while the reader marks a kind that is off by default (see slots.ts).
// Run by the background in a page already open, it has the probe running there start again.
const g = slots();
g[ALL_KINDS_SLOT] = true;
g[BOOT_SLOT]?.again?.();
