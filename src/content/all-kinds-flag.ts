import { ALL_KINDS_SLOT, slots } from '../shared/slots.ts';

// Built alone as all-kinds.js and registered by the background while the reader marks a kind that is off by default (see slots.ts).
slots()[ALL_KINDS_SLOT] = true;
