import { PACKS_SLOT, slots } from '../shared/slots.ts';

// Built alone as packs.js and registered by the background while data packs are imported (see slots.ts).
slots()[PACKS_SLOT] = true;
