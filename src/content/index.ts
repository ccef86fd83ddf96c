import cues from 'factlens:cues';
import { PACK_CUES_KEY, parseCues } from '../platform/pack-store.ts';
import { PAGE_REQUEST } from '../shared/script-requests.ts';
import { boot } from './boot.ts';
import { BOOT_SLOT, PACKS_SLOT, PAGE_SLOT, slots } from '../shared/slots.ts';

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
  g[BOOT_SLOT] = boot({
    win: window,
    cues,
    packCues: g[PACKS_SLOT] ? () => api().storage.local.get(PACK_CUES_KEY).then((got) => parseCues(got[PACK_CUES_KEY])) : null,
    wake: () => void api().runtime.sendMessage({ type: PAGE_REQUEST }).catch(() => undefined),
  });
}
