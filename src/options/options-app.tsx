import { useEffect, useState } from 'preact/hooks';
import { ENTITY_KINDS, type EntityKind } from '../core/dataset-schema.ts';
import type { Settings } from '../shared/settings.ts';
import { withSite } from '../shared/settings-parse.ts';
import { useT } from '../ui/i18n.ts';
import type { PackApi } from './pack-api.tsx';
import { PackSection } from './pack-section.tsx';
import { SiteList } from './site-list.tsx';

/** What the options page needs: the settings, watched live, and a way to change them. */
export interface OptionsApi {
  watch(listener: (s: Settings) => void, signal: AbortSignal): void;
  update(change: (s: Settings) => Settings): Promise<Settings>;
  /** The reader's data packs; the section is left out without it. */
  packs?: PackApi;
}

const KIND_KEY: Record<EntityKind, string> = {
  person: 'optionsKindPerson',
  organization: 'optionsKindOrganization',
  event: 'optionsKindEvent',
  place: 'optionsKindPlace',
  topic: 'optionsKindTopic',
};

const STYLES: { value: Settings['markStyle']; key: string }[] = [
  { value: 'underline', key: 'optionsStyleUnderline' },
  { value: 'tint', key: 'optionsStyleTint' },
  { value: 'none', key: 'optionsStyleNone' },
];

/**
 * The options page. Every control writes at once, and open tabs follow through the storage
 * change; there is no save button to forget.
 */
export function OptionsApp({ api }: { api: OptionsApi }) {
  const [s, setS] = useState<Settings | null>(null);
  const t = useT();
  useEffect(() => {
    const ctl = new AbortController();
    api.watch(setS, ctl.signal);
    return () => ctl.abort();
  }, [api]);
  if (!s) return <p>{t('optionsLoading')}</p>;
  const change = (f: (s: Settings) => Settings) => void api.update(f).then(setS);
  const toggleKind = (k: EntityKind, on: boolean) =>
    change((x) => ({ ...x, kinds: on ? ENTITY_KINDS.filter((y) => y === k || x.kinds.includes(y)) : x.kinds.filter((y) => y !== k) }));
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="lead">{t('optionsLead')}</p>
      <fieldset>
        <legend>{t('optionsWhere')}</legend>
        <label class="row">
          <input type="checkbox" name="enabled" checked={s.enabled} onChange={(e) => change((x) => ({ ...x, enabled: (e.target as HTMLInputElement).checked }))} />
          {t('optionsEnabled')}
        </label>
        <SiteList sites={s.disabledSites} onAdd={(h) => change((x) => withSite(x, h, false))} onRemove={(h) => change((x) => withSite(x, h, true))} />
      </fieldset>
      <fieldset>
        <legend>{t('optionsWhat')}</legend>
        {ENTITY_KINDS.map((k) => (
          <label class="row" key={k}>
            <input type="checkbox" name={`kind-${k}`} checked={s.kinds.includes(k)} onChange={(e) => toggleKind(k, (e.target as HTMLInputElement).checked)} />
            {t(KIND_KEY[k])}
          </label>
        ))}
        <label class="row">
          <input type="checkbox" name="firstOnly" checked={s.firstOnly} onChange={(e) => change((x) => ({ ...x, firstOnly: (e.target as HTMLInputElement).checked }))} />
          {t('optionsFirstOnly')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optionsLook')}</legend>
        {STYLES.map((st) => (
          <label class="row" key={st.value}>
            <input type="radio" name="markStyle" value={st.value} checked={s.markStyle === st.value} onChange={() => change((x) => ({ ...x, markStyle: st.value }))} />
            <span class={`sample sample-${st.value}`}>{t(st.key)}</span>
          </label>
        ))}
      </fieldset>
      {api.packs && <PackSection api={api.packs} />}
    </main>
  );
}
