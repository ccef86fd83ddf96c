import { useT } from './i18n.ts';
import type { TimelineOpener } from './timeline-path.ts';

/** Props of {@link TimelineLink}. */
export interface TimelineLinkProps {
  entityId: string;
  name: string;
  opener: TimelineOpener;
}

/**
 * The card's way into the timeline, focused on the card's entity: a reader who sees what was said
 * about the Helsinki summit can see, in one step, what came before it and after.
 */
export function TimelineLink({ entityId, name, opener }: TimelineLinkProps) {
  const t = useT();
  const onClick = opener.open
    ? (e: MouseEvent) => {
        e.preventDefault();
        opener.open?.(entityId);
      }
    : undefined;
  return (
    <a class="fl-source fl-timeline" href={opener.href(entityId)} target="_blank" rel="noopener noreferrer" aria-label={t('timelineCardLinkLabel', name)} onClick={onClick}>
      {t('timelineCardLink')}
    </a>
  );
}
