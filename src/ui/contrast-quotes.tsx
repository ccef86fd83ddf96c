import type { QuoteContrast } from '../core/contrast-types.ts';
import { useT } from './i18n.ts';
import { QuoteList } from './quote-list.tsx';
import type { SourceOpener } from './source-ref.ts';

/** Props of {@link QuotePair}. */
export interface QuotePairProps {
  c: QuoteContrast;
  /** The id of the pair's heading, unique in the document. */
  id: string;
  opener: SourceOpener;
}

/**
 * A statement followed by the quote that corrects or contradicts it, in that order and each
 * with its own speaker and source, so a reader meets a retracted remark together with what
 * replaced it and can check both.
 */
export function QuotePair({ c, id, opener }: QuotePairProps) {
  const t = useT();
  const correction = c.kind === 'correction';
  return (
    <li class="fl-contrast">
      <h4 class="fl-contrast-title" id={id}>{t(correction ? 'cardContrastCorrectionTitle' : 'cardContrastContradictionTitle')}</h4>
      <ol class="fl-pair" aria-labelledby={id}>
        <li class="fl-pair-step">
          <p class="fl-pair-role">{t('cardContrastStatement')}</p>
          <QuoteList quotes={[c.statement]} opener={opener} />
        </li>
        <li class="fl-pair-step">
          <p class="fl-pair-role">{t(correction ? 'cardContrastCorrectedBy' : 'cardContrastContradictedBy')}</p>
          <QuoteList quotes={[c.response]} opener={opener} />
        </li>
      </ol>
    </li>
  );
}
