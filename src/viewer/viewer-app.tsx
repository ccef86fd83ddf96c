import { useEffect, useState } from 'preact/hooks';
import type { Source } from '../core/dataset-schema.ts';
import { SourceView } from './source-view.tsx';
import { parseViewerParams } from './viewer-params.ts';

type State = { state: 'loading' } | { state: 'missing'; why: string } | { state: 'ready'; source: Source };

/** The viewer page: reads its address, asks for the source, and shows it or says why not. */
export function ViewerApp({ search, loadSource }: { search: string; loadSource: (id: string) => Promise<Source | null> }) {
  const params = parseViewerParams(search);
  const [s, setS] = useState<State>(params ? { state: 'loading' } : { state: 'missing', why: 'No source was named.' });
  useEffect(() => {
    if (!params) return;
    loadSource(params.sourceId).then(
      (source) => setS(source ? { state: 'ready', source } : { state: 'missing', why: `No source “${params.sourceId}” in the bundled dataset.` }),
      () => setS({ state: 'missing', why: 'The source could not be loaded.' }),
    );
  }, [search]);
  useEffect(() => {
    if (s.state === 'ready') document.title = `${s.source.title} · FactLens source`;
  }, [s]);
  if (s.state === 'loading') return <p class="status">Loading the source…</p>;
  if (s.state === 'missing') return <p class="status" role="alert">{s.why}</p>;
  return <SourceView source={s.source} passage={params?.passage ?? null} />;
}
