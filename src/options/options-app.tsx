import { useEffect, useState } from 'preact/hooks';
import { ENTITY_KINDS, type EntityKind } from '../core/dataset-schema.ts';
import type { Settings } from '../shared/settings.ts';
import { withSite } from '../shared/settings-parse.ts';
import { SiteList } from './site-list.tsx';

/** What the options page needs: the settings, watched live, and a way to change them. */
export interface OptionsApi {
  watch(listener: (s: Settings) => void, signal: AbortSignal): void;
  update(change: (s: Settings) => Settings): Promise<Settings>;
}

const KIND_LABEL: Record<EntityKind, string> = {
  person: 'People',
  organization: 'Organisations',
  event: 'Events',
  place: 'Places',
  topic: 'Topics',
};

const STYLES: { value: Settings['markStyle']; label: string }[] = [
  { value: 'underline', label: 'Dotted underline' },
  { value: 'tint', label: 'Light tint' },
  { value: 'none', label: 'No marks (cards only through the keyboard command and the popup)' },
];

/**
 * The options page. Every control writes at once, and open tabs follow through the storage
 * change; there is no save button to forget.
 */
export function OptionsApp({ api }: { api: OptionsApi }) {
  const [s, setS] = useState<Settings | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    api.watch(setS, ctl.signal);
    return () => ctl.abort();
  }, [api]);
  if (!s) return <p>Loading settings…</p>;
  const change = (f: (s: Settings) => Settings) => void api.update(f).then(setS);
  const toggleKind = (k: EntityKind, on: boolean) =>
    change((x) => ({ ...x, kinds: on ? ENTITY_KINDS.filter((y) => y === k || x.kinds.includes(y)) : x.kinds.filter((y) => y !== k) }));
  return (
    <main class="options">
      <h1>FactLens options</h1>
      <p class="lead">Changes apply at once to every open tab. Settings stay on this computer.</p>
      <fieldset>
        <legend>Where</legend>
        <label class="row">
          <input type="checkbox" name="enabled" checked={s.enabled} onChange={(e) => change((x) => ({ ...x, enabled: (e.target as HTMLInputElement).checked }))} />
          FactLens on, on every site except those below
        </label>
        <SiteList sites={s.disabledSites} onAdd={(h) => change((x) => withSite(x, h, false))} onRemove={(h) => change((x) => withSite(x, h, true))} />
      </fieldset>
      <fieldset>
        <legend>What to mark</legend>
        {ENTITY_KINDS.map((k) => (
          <label class="row" key={k}>
            <input type="checkbox" name={`kind-${k}`} checked={s.kinds.includes(k)} onChange={(e) => toggleKind(k, (e.target as HTMLInputElement).checked)} />
            {KIND_LABEL[k]}
          </label>
        ))}
        <label class="row">
          <input type="checkbox" name="firstOnly" checked={s.firstOnly} onChange={(e) => change((x) => ({ ...x, firstOnly: (e.target as HTMLInputElement).checked }))} />
          Only the first mention of each name on a page
        </label>
      </fieldset>
      <fieldset>
        <legend>How marks look</legend>
        {STYLES.map((st) => (
          <label class="row" key={st.value}>
            <input type="radio" name="markStyle" value={st.value} checked={s.markStyle === st.value} onChange={() => change((x) => ({ ...x, markStyle: st.value }))} />
            <span class={`sample sample-${st.value}`}>{st.label}</span>
          </label>
        ))}
      </fieldset>
    </main>
  );
}
