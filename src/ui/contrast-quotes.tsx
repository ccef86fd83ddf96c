import type { QuoteThread } from '../core/contrast-types.ts';
import { useT } from './i18n.ts';
import { QuoteList } from './quote-list.tsx';
import type { SourceOpener } from './source-ref.ts';

/** Props of {@link QuoteThreadView}. */
export interface QuoteThreadProps {
  thread: QuoteThread;
  /** The id of the thread's heading, unique in the document. */
  id: string;
  opener: SourceOpener;
}

const TITLE_KEYS = { correction: 'cardContrastCorrectionTitle', contradiction: 'cardContrastContradictionTitle', both: 'cardContrastBothTitle' } as const;

/**
 * A statement followed by the quotes that correct or contradict it, in that order and each
 * with its own speaker and source, so a reader meets a retracted or disputed remark together
 * with what answered it and can check every one.
 */
export function QuoteThreadView({ thread, id, opener }: QuoteThreadProps) {
  const t = useT();
  const kinds = new Set(thread.responses.map((r) => r.kind));
  const title = kinds.size > 1 ? TITLE_KEYS.both : TITLE_KEYS[thread.responses[0]!.kind];
  return (
    <li class="fl-contrast">
      <h4 class="fl-contrast-title" id={id}>{t(title)}</h4>
      <ol class="fl-pair" aria-labelledby={id}>
        <li class="fl-pair-step">
          <p class="fl-pair-role">{t('cardContrastStatement')}</p>
          <QuoteList quotes={[thread.statement]} opener={opener} />
        </li>
        {thread.responses.map((r) => (
          <li class="fl-pair-step" key={`${r.kind}:${r.response.quote.id}`}>
            <p class="fl-pair-role">{t(r.kind === 'correction' ? 'cardContrastCorrectedBy' : 'cardContrastContradictedBy')}</p>
            <QuoteList quotes={[r.response]} opener={opener} />
          </li>
        ))}
      </ol>
    </li>
  );
}
