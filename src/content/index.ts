import cues from 'factlens:cues';
import { cuesOfKinds, kindsOf, type CuesByKind } from '../core/cues.ts';
import { PACK_CUES_KEY, parseCues } from '../platform/pack-store.ts';
import { PAGE_REQUEST } from '../shared/script-requests.ts';
import { DEFAULT_SETTINGS } from '../shared/settings.ts';
import { boot } from './boot.ts';
import { ALL_KINDS_SLOT, BOOT_SLOT, CUED_SLOT, PACKS_SLOT, PAGE_SLOT, slots } from '../shared/slots.ts';

/** The two calls this script may make, over `browser` in Firefox and `chrome` in Chrome. */
interface BootApi {
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

// content.js, in every frame of every page: the cue probe alone (boot.ts). The page app (page.js) comes on the first cue
// (or earlier, brought in by a lookup on a page still loading: then there is nothing left to probe for).
const g = slots();
if (!g[BOOT_SLOT] && !g[PAGE_SLOT]) {
  const api = () => {
    const w = globalThis as { browser?: BootApi; chrome?: BootApi };
    return (w.browser ?? w.chrome)!;
  };
  // The kinds marked by default, unless all-kinds.js said the reader marks more: a page whose only
  // cue is of a kind nobody asked for ("us" in "used", a place's cue) does not wake the page app.
  const wanted = (all: CuesByKind): CuesByKind => (g[ALL_KINDS_SLOT] ? all : cuesOfKinds(all, DEFAULT_SETTINGS.kinds));
  let woke = false;
  let stopped = false;
  const begin = () => boot({
    win: window,
    cues: wanted(cues),
    packCues: g[PACKS_SLOT] ? () => api().storage.local.get(PACK_CUES_KEY).then((got) => {
      const packCues = parseCues(got[PACK_CUES_KEY]);
      return packCues && wanted(packCues);
    }) : null,
    wake: (found) => {
      woke = true;
      // The kinds whose cues found something: page.js need not read the page again for them.
      if (found) g[CUED_SLOT] = kindsOf(found);
      void api().runtime.sendMessage({ type: PAGE_REQUEST }).catch(() => undefined);
    },
  });
  let current = begin();
  g[BOOT_SLOT] = {
    stop: () => {
      stopped = true;
      current.stop();
    },
    // A flag set in a page already open (the reader turned a kind on, imported a pack): the probe
    // starts again with the cues the flags now ask for. Not once the page app was asked for.
    again: () => {
      if (stopped || woke || g[PAGE_SLOT]) return;
      current.stop();
      current = begin();
    },
  };
}
