import { useEffect, useState } from 'preact/hooks';
import type { Source } from '../core/dataset-schema.ts';
import { useT } from '../ui/i18n.ts';
import { SourceView } from './source-view.tsx';
import { parseViewerParams } from './viewer-params.ts';

type State = { state: 'loading' } | { state: 'missing'; why: string } | { state: 'ready'; source: Source };

/** The viewer page: reads its address, asks for the source, and shows it or says why not. */
export function ViewerApp({ search, loadSource }: { search: string; loadSource: (id: string) => Promise<Source | null> }) {
  const t = useT();
  const params = parseViewerParams(search);
  const [s, setS] = useState<State>(params ? { state: 'loading' } : { state: 'missing', why: t('viewerNoSource') });
  useEffect(() => {
    if (!params) return;
    loadSource(params.sourceId).then(
      (source) => setS(source ? { state: 'ready', source } : { state: 'missing', why: t('viewerUnknown', params.sourceId) }),
      () => setS({ state: 'missing', why: t('viewerLoadFailed') }),
    );
  }, [search]);
  useEffect(() => {
    if (s.state === 'ready') document.title = t('viewerSourceTitle', s.source.title);
  }, [s]);
  if (s.state === 'loading') return <p class="status">{t('viewerLoading')}</p>;
  if (s.state === 'missing') return <p class="status" role="alert">{s.why}</p>;
  return <SourceView source={s.source} passage={params?.passage ?? null} />;
}
