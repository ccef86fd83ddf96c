import { useLocale } from './i18n.ts';

/** Props of {@link UnknownCard}. */
export interface UnknownCardProps {
  query: string;
  idPrefix?: string;
  onClose?: () => void;
}

/**
 * The answer when a reader asks about text the dataset does not know. Saying so plainly is
 * better than a silent nothing, which reads as the extension being broken.
 */
export function UnknownCard({ query, idPrefix = 'fl', onClose }: UnknownCardProps) {
  const { t, lang } = useLocale();
  const shown = query.length > 80 ? `${query.slice(0, 79)}…` : query;
  return (
    <div class="fl-card" role="dialog" aria-labelledby={`${idPrefix}-title`} tabIndex={-1} lang={lang}>
      <div class="fl-head">
        <h2 class="fl-title" id={`${idPrefix}-title`}>
          {t('cardUnknownTitle', shown)}
        </h2>
        {onClose && (
          <button type="button" class="fl-close" aria-label={t('cardClose')} onClick={onClose}>
            ×
          </button>
        )}
      </div>
      <p class="fl-empty">{t('cardUnknown')}</p>
    </div>
  );
}
