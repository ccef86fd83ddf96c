import { PACKS_SLOT, BOOT_SLOT, slots } from '../shared/slots.ts';

// Built alone as packs.js and registered by the background while data packs are imported (see slots.ts).
// Run by the background in a page already open, it has the probe running there start again.
const g = slots();
g[PACKS_SLOT] = true;
g[BOOT_SLOT]?.again?.();
