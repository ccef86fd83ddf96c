import { joinCues, type CuesByKind } from '../core/cues.ts';
import { onMessage, sendToBackground, watchSettings, type ContentPlatform } from '../platform/content.ts';
import { parseToContent } from '../shared/message-schemas.ts';
import { CARD_REQUEST } from '../shared/script-requests.ts';
import type { ToContent } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { viewerPath, type SourceOpener } from '../ui/source-ref.ts';
import { timelinePath, type TimelineOpener } from '../ui/timeline-path.ts';
import { exposeBenchStats } from './bench-seam.ts';
import type { EntityInfo, EntityKind } from '../core/dataset-schema.ts';
import { ContentApp } from './content-app.ts';
import type { MatcherSource } from './matcher-source.ts';

/** Whether FactLens should work on this page under these settings. */
export function activeOn(s: Settings, hostname: string): boolean {
  return s.enabled && !s.disabledSites.includes(hostname) && s.kinds.length > 0;
}

/** Matches the error a content script gets once its extension was updated, disabled or removed. */
const INVALIDATED = /context invalidated|extension context|receiving end does not exist/i;

/** Where the data packs' cues are read from, and which storage key changes them (pack-store.ts). */
export interface PackCuesSource {
  read(): Promise<CuesByKind | null>;
  key: string;
}

/**
 * Runs FactLens in this frame for as long as the settings allow: starts the page app when it is
 * on for this site, applies setting changes live, tears everything down when it is turned off,
 * and for good when the extension itself goes away (updated, disabled or removed). The page is
 * first probed once both the settings and the data packs' cues are in (two reads made at once).
 * `cued`: the kinds whose cues the content script found in this frame, if it found one (the first
 * page app made skips its own probe when the reader marks all of them).
 */
export function runContent(
  platform: ContentPlatform,
  win: Window,
  matcher: MatcherSource,
  entityList: readonly EntityInfo[],
  cues: CuesByKind,
  packCues: PackCuesSource = { read: async () => null, key: '' },
  cued: readonly EntityKind[] | null = null,
): AbortController {
  const life = new AbortController();
  const entities = new Map(entityList.map((e) => [e.id, e]));
  // Loaded once per frame, whatever the settings do to the page app meanwhile; again only when the packs change.
  let loaded: ReturnType<MatcherSource> | null = null;
  const source: MatcherSource = () => (loaded ??= matcher().then((pm) => {
    for (const e of pm.entities) if (!entities.has(e.id)) entities.set(e.id, e);
    return pm;
  }).catch((err: unknown) => {
    loaded = null;
    throw err;
  }));
  let app: ContentApp | null = null;
  let appAbort: AbortController | null = null;
  const gone = (err: unknown) => {
    if (INVALIDATED.test(String((err as Error)?.message ?? err))) life.abort();
  };
  const opener: SourceOpener = {
    href: (ref) => platform.extensionUrl(viewerPath(ref)),
    open: (ref) => void sendToBackground(platform, { type: 'openSource', ...ref }).catch(gone),
  };
  const timeline: TimelineOpener = {
    href: (id) => platform.extensionUrl(timelinePath(id)),
    open: (id) => void sendToBackground(platform, { type: 'openTimeline', entityId: id }).catch(gone),
  };

  // Chromium's highlights inherit from the root's; Firefox's (moz-extension: pages) do not yet.
  const highlightsInherit = platform.extensionUrl('').startsWith('chrome-extension:');
  const stop = () => {
    appAbort?.abort();
    appAbort = null;
    app = null;
  };
  life.signal.addEventListener('abort', stop, { once: true });
  exposeBenchStats(win, () => app?.stats ?? null, life.signal);

  // Undefined until read; null when no pack is imported.
  let extraCues: CuesByKind | null | undefined;
  let waiting: Settings | null = null;
  // The settings last applied: a page app is made again with them when the packs change.
  let current: Settings | null = null;
  const cuesNow = () => (extraCues ? joinCues(cues, extraCues) : cues);
  const setExtraCues = (c: CuesByKind | null) => {
    const first = extraCues === undefined;
    extraCues = c;
    if (first) {
      if (waiting) apply(waiting);
    } else if (app?.matched && current) {
      // A pack imported or removed after the page was read: its matcher knew the old packs, so
      // the page app is made again, and reads the page with a matcher over the packs there now.
      const s = current;
      stop();
      loaded = null;
      apply(s);
    } else {
      app?.setCues(cuesNow());
    }
  };
  // Settled once the settings and the packs' cues are read and the page app made (or not): a
  // message that arrives first (a lookup that brought page.js into this frame) waits for it.
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  life.signal.addEventListener('abort', () => settle(), { once: true });
  const apply = (s: Settings) => {
    waiting = null;
    current = s;
    if (!activeOn(s, win.location.hostname)) return (stop(), settle());
    if (app) return app.applySettings(s);
    if (extraCues === undefined) return void (waiting = s);
    settle();
    appAbort = new AbortController();
    const cuedNow = cued;
    // Only the first page app may rely on it: the page may have changed since.
    cued = null;
    app = new ContentApp({
      win,
      matcher: source,
      cues: cuesNow(),
      cued: cuedNow,
      entities,
      opener,
      timeline,
      lookup: (entityId) => sendToBackground(platform, { type: 'lookup', entityId }).catch((e) => (gone(e), null)),
      reportCount: (count) => void sendToBackground(platform, { type: 'reportCount', count }).catch(gone),
      loadCard: () => platform.sendMessage({ type: CARD_REQUEST }),
      highlightsInherit,
    }, s, appAbort.signal);
  };
  const readCues = () => {
    void packCues.read().catch(() => null).then((c) => {
      if (!life.signal.aborted) setExtraCues(c);
    });
  };
  readCues();
  // A pack imported or removed while the page is open: a page not yet read is probed with the new
  // cues, one already read is read again (setExtraCues).
  if (packCues.key) {
    platform.onStorageChanged((key) => {
      if (key === packCues.key) readCues();
    }, life.signal);
  }
  watchSettings(platform, apply, life.signal);

  onMessage<ToContent>(platform, parseToContent, {
    pageMentions: () => settled.then(() => app?.pageMentions() ?? []),
    revealEntity: (m) => settled.then(() => app?.revealEntity(m.entityId) ?? false),
    nextMention: () => settled.then(() => app?.nextMention() ?? false),
    lookupSelection: (m) => settled.then(() => app?.lookupSelection(m.text) ?? false),
  }, { accept: (_type, sender) => sender.extensionId === platform.extensionId && sender.tabId === undefined, signal: life.signal });

  return life;
}
