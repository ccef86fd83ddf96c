import type { EventPassage, TimelineItem, TimelinePassage, TimelineSource } from '../core/timeline-types.ts';
import { entityName } from '../ui/entity-text.ts';
import { formatDate, formatSpan, formatValue } from '../ui/format.ts';
import { useLocale, type UiLocale } from '../ui/i18n.ts';
import { linkClick } from '../ui/link-click.ts';
import type { SourceOpener } from '../ui/source-ref.ts';

/** Props of {@link TimelineEntry}. */
export interface TimelineEntryProps {
  item: TimelineItem;
  sources: Record<string, TimelineSource>;
  opener: SourceOpener;
  /** The item concerns the entity the timeline is focused on. */
  focused: boolean;
}

const FIGURES_SHOWN = 3;
const QUOTE_MAX = 220;
/** A source without a publisher is named by its title, cut short; the link's tooltip has it whole. */
const TITLE_MAX = 48;

/** The date as the item's basis allows it to be said: a plain date, "fieldwork …" or "reported …". */
export function dateLabel(item: TimelineItem, locale: UiLocale): string | null {
  const { t, lang } = locale;
  if (item.date === null) return null;
  if (item.basis === 'reported') return t('timelineReported', formatDate(item.date, lang) ?? item.date);
  if (item.kind === 'poll' && item.basis === 'fieldwork') {
    return t('timelineFieldwork', formatSpan(item.fieldworkStart, item.fieldworkEnd, lang) ?? item.date);
  }
  return formatDate(item.date, lang);
}

function shortTitle(title: string): string {
  if (title.length <= TITLE_MAX) return title;
  const cut = title.slice(0, TITLE_MAX + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut.slice(0, TITLE_MAX)).replace(/[\s,:;–-]+$/, '')}…`;
}

function SourceAnchor(props: { passage: TimelinePassage | EventPassage; source: TimelineSource | undefined; opener: SourceOpener }) {
  const { t, lang } = useLocale();
  const { passage, source, opener } = props;
  if (!source) return null;
  const when = formatDate(source.published, lang);
  const who = source.publisher ?? shortTitle(source.title);
  const label = when ? `${who}, ${when}` : who;
  const text =
    'via' in passage && passage.via === 'tagged'
      ? t('timelineSourceTagged', label)
      : source.translated
        ? t('timelineSourceTranslated', label)
        : t('timelineSource', label);
  const ref = { sourceId: passage.sourceId, start: passage.start, end: passage.end };
  const onClick = linkClick(opener.open?.bind(opener), ref);
  return (
    <a class="tl-source" href={opener.href(ref)} target="_blank" rel="noopener noreferrer" title={source.title} onClick={onClick}>
      {text}
    </a>
  );
}

function Body({ item, sources, opener }: Omit<TimelineEntryProps, 'focused'>) {
  const locale = useLocale();
  const { t } = locale;
  if (item.kind === 'event') {
    return (
      <>
        <p class="tl-head">
          <span class="tl-kind">{t('timelineKindEvent')}</span> <strong class="tl-name">{entityName(item.entity, locale.lang)}</strong>
        </p>
        {item.passages.length === 0 ? (
          <p class="tl-meta">{t('timelineNoSource')}</p>
        ) : (
          <ul class="tl-sources">
            {item.passages.map((p) => (
              <li key={p.sourceId}>
                <SourceAnchor passage={p} source={sources[p.sourceId]} opener={opener} />
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }
  if (item.kind === 'quote') {
    const text = item.text.replace(/\s+/g, ' ').trim();
    return (
      <>
        <p class="tl-head">
          <span class="tl-kind">{t('timelineKindQuote')}</span> <strong class="tl-name">{item.speaker ? entityName(item.speaker, locale.lang) : t('timelineUnattributed')}</strong>
        </p>
        <blockquote class="tl-quote-text">{text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1).trimEnd()}…` : text}</blockquote>
        <SourceAnchor passage={item.passage} source={sources[item.passage.sourceId]} opener={opener} />
      </>
    );
  }
  const shown = item.figures.slice(0, FIGURES_SHOWN);
  const more = item.figures.length - shown.length;
  return (
    <>
      <p class="tl-head">
        <span class="tl-kind">{t('timelineKindPoll')}</span> <strong class="tl-name">{entityName(item.pollster, locale.lang)}</strong>
      </p>
      <ul class="tl-figures">
        {shown.map((f, i) => (
          <li key={i}>
            <span class="tl-value">{formatValue(f.value, f.unit, locale)}</span> {f.label}
          </li>
        ))}
        {more > 0 && <li class="tl-meta">{t('timelineMoreFigures', String(more))}</li>}
      </ul>
      <SourceAnchor passage={item.passage} source={sources[item.passage.sourceId]} opener={opener} />
    </>
  );
}

/**
 * One item of the timeline: when (and on what grounds that date is given), what, and the link to
 * the passage it comes from, so every line of the chronology can be checked in its source.
 */
export function TimelineEntry({ item, sources, opener, focused }: TimelineEntryProps) {
  const locale = useLocale();
  const when = dateLabel(item, locale);
  return (
    <li class={`tl-item tl-${item.kind}${focused ? ' tl-focused' : ''}`} data-key={item.key} data-basis={item.basis ?? 'none'}>
      {when && item.date && (
        <time class="tl-date" dateTime={item.date}>
          {when}
        </time>
      )}
      <div class="tl-body">
        <Body item={item} sources={sources} opener={opener} />
      </div>
    </li>
  );
}
