import { useEffect, useMemo, useState } from 'preact/hooks';
import { concerns, groupByYear } from '../core/timeline-group.ts';
import type { Timeline } from '../core/timeline-types.ts';
import { entityName } from '../ui/entity-text.ts';
import { useLocale } from '../ui/i18n.ts';
import type { SourceOpener } from '../ui/source-ref.ts';
import { TimelineEntry } from './timeline-item.tsx';

/** Props of {@link TimelineView}. */
export interface TimelineViewProps {
  load: () => Promise<Timeline>;
  opener: SourceOpener;
  /** The entity the timeline is opened for: its items are picked out, and by default the only ones shown. */
  focus?: string | null;
  /** Leaves the focus; the view shows everything until a new focus comes in. */
  onClearFocus?: () => void;
}

type State = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; timeline: Timeline };

/**
 * The chronology of the dataset, grouped by year, with what no source dates kept apart at the
 * end. Focused on an entity (from a card's "Timeline" link), it shows what concerns that entity,
 * and with one click everything else around it, still picked out.
 */
export function TimelineView({ load, opener, focus = null, onClearFocus }: TimelineViewProps) {
  const { t, lang } = useLocale();
  const [data, setData] = useState<State>({ state: 'loading' });
  const [only, setOnly] = useState(true);
  useEffect(() => {
    let live = true;
    load().then(
      (timeline) => live && setData({ state: 'ready', timeline }),
      () => live && setData({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  useEffect(() => setOnly(true), [focus]);

  const timeline = data.state === 'ready' ? data.timeline : null;
  const groups = useMemo(() => {
    if (!timeline) return [];
    const items = focus && only ? timeline.items.filter((i) => concerns(i, focus)) : timeline.items;
    return groupByYear(items);
  }, [timeline, focus, only]);

  if (data.state === 'loading') return <p class="note">{t('timelineLoading')}</p>;
  if (data.state === 'failed' || !timeline) return <p class="note">{t('timelineFailed')}</p>;
  const name = focus ? entityName({ name: timeline.names[focus] ?? focus, ru: { name: timeline.namesRu?.[focus] } }, lang) : null;
  return (
    <div class="timeline">
      {focus && name && (
        <div class="tl-focus-bar" role="group" aria-label={t('timelineFocus', name)}>
          <span class="tl-focus-name">{t('timelineFocus', name)}</span>
          <label class="tl-only">
            <input type="checkbox" checked={only} onChange={(e) => setOnly((e.target as HTMLInputElement).checked)} />
            {t('timelineOnlyFocus')}
          </label>
          {onClearFocus && (
            <button type="button" class="tl-clear" onClick={onClearFocus}>
              {t('timelineClearFocus')}
            </button>
          )}
        </div>
      )}
      {focus && name && groups.length === 0 && <p class="note">{t('timelineFocusEmpty', name)}</p>}
      {groups.map((g) => {
        const list = (
          <ol class="tl-items">
            {g.items.map((item) => (
              <TimelineEntry key={item.key} item={item} sources={timeline.sources} opener={opener} focused={focus !== null && concerns(item, focus)} />
            ))}
          </ol>
        );
        if (g.year === null) {
          return (
            <details class="tl-year tl-undated" key="undated" open={focus !== null && only}>
              <summary class="tl-year-title">{t('timelineUndated', String(g.items.length))}</summary>
              {list}
            </details>
          );
        }
        return (
          <section class="tl-year" key={g.year} aria-labelledby={`tl-y${g.year}`}>
            <h3 class="tl-year-title" id={`tl-y${g.year}`}>
              {String(g.year)}
            </h3>
            {list}
          </section>
        );
      })}
    </div>
  );
}
