import { useEffect, useState } from 'preact/hooks';
import type { PackError, PackInfo } from '../core/pack-types.ts';
import { formatDate } from '../ui/format.ts';
import { useLocale } from '../ui/i18n.ts';
import { plural } from '../ui/plural.ts';
import type { PackApi } from './pack-api.tsx';
import { PackErrorBox, megabytes } from './pack-error.tsx';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; name: string } | { kind: 'failed'; fileName: string; error: PackError };

/**
 * The reader's own data packs: import one (a dataset JSON built with `factlens build-data`), see
 * each with its size and what it holds, remove it. Pages pick a change up on their next load.
 */
export function PackSection({ api }: { api: PackApi }) {
  const locale = useLocale();
  const { t, lang } = locale;
  const [packs, setPacks] = useState<PackInfo[] | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  useEffect(() => {
    void api.list().then(setPacks, () => setPacks([]));
  }, [api]);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'busy' });
    try {
      const r = await api.importFile(file);
      if (r.ok) {
        setPacks(r.packs);
        setStatus({ kind: 'done', name: r.pack.name });
      } else setStatus({ kind: 'failed', fileName: file.name, error: r.error });
    } catch (e) {
      setStatus({ kind: 'failed', fileName: file.name, error: { code: 'storage', detail: String((e as Error)?.message ?? e) } });
    }
    input.value = '';
  };
  const size = (bytes: number) => (bytes < 1024 * 1024 ? t('optionsPackSizeKb', String(Math.max(1, Math.round(bytes / 1024)))) : t('optionsPackSizeMb', megabytes(bytes, lang)));

  return (
    <fieldset class="packs">
      <legend>{t('optionsPackTitle')}</legend>
      <p class="note">{t('optionsPackLead')}</p>
      {packs === null ? null : packs.length === 0 ? (
        <p class="note pack-none">{t('optionsPackNone')}</p>
      ) : (
        <ul class="site-list pack-list">
          {packs.map((p) => (
            <li key={p.id} class="pack" data-pack={p.id}>
              <div class="pack-text" style={{ flex: 1 }}>
                <strong class="pack-name">{p.name}</strong>
                <span class="note pack-meta" style={{ display: 'block', margin: 0 }}>
                  {[
                    size(p.bytes),
                    plural(locale, 'optionsPackSources', p.counts.sources),
                    plural(locale, 'optionsPackEntities', p.counts.entities),
                    plural(locale, 'optionsPackQuotes', p.counts.quotes),
                    plural(locale, 'optionsPackPolls', p.counts.polls),
                    t('optionsPackImported', formatDate(p.importedAt.slice(0, 10), lang) ?? p.importedAt.slice(0, 10)),
                  ].join(' · ')}
                </span>
              </div>
              <button type="button" class="pack-remove" aria-label={t('optionsPackRemoveLabel', p.name)} onClick={() => void api.remove(p.id).then(setPacks)}>
                {t('optionsPackRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label class="pack-import">
        <span>{t('optionsPackImport')}</span>
        <input type="file" name="pack-file" accept=".json,application/json" disabled={status.kind === 'busy'} onChange={(e) => void onFile(e.currentTarget)} />
      </label>
      <p class="pack-status" role="status">
        {status.kind === 'busy' ? t('optionsPackBusy') : status.kind === 'done' ? t('optionsPackDone', status.name) : ''}
      </p>
      {status.kind === 'failed' && <PackErrorBox fileName={status.fileName} error={status.error} />}
    </fieldset>
  );
}
