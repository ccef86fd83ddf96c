import type { Source } from '../core/dataset-schema.ts';
import { formatDate } from './format.ts';
import { useLocale } from './i18n.ts';
import { linkClick } from './link-click.ts';
import type { SourceOpener, SourceRef } from './source-ref.ts';

/** Props of {@link SourceLink}. */
export interface SourceLinkProps {
  source: Source;
  passage: SourceRef;
  opener: SourceOpener;
}

/** "Publisher, 26 Jul 2018", or the title when the publisher is unknown. */
export function sourceLabel(source: Source, lang = 'en'): string {
  const who = source.publisher ?? source.title;
  const when = formatDate(source.published, lang);
  return when ? `${who}, ${when}` : who;
}

/**
 * Every figure and quote on a card names where it comes from, and the link leads to the very
 * passage in the cleaned article, so a reader can check the claim instead of trusting us.
 */
export function SourceLink({ source, passage, opener }: SourceLinkProps) {
  const { t, lang } = useLocale();
  const label = sourceLabel(source, lang);
  const onClick = linkClick(opener.open?.bind(opener), passage);
  return (
    <a
      class="fl-source"
      href={opener.href(passage)}
      target="_blank"
      rel="noopener noreferrer"
      title={source.title}
      onClick={onClick}
    >
      {t(source.translated ? 'cardSourceTranslated' : 'cardSource', label)}
    </a>
  );
}
