import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useT } from './i18n.ts';
import { linkClick } from './link-click.ts';
import type { TimelineOpener } from './timeline-path.ts';

const OpenerContext = createContext<TimelineOpener | null>(null);

/**
 * Gives every card below it a "Timeline" link: `<TimelineOpenerProvider value={opener}>`. Where
 * a card is shown decides how the timeline opens (a tab of the popup, or a tab the background
 * opens for a card in a page), so the card takes it from its surroundings, not from its props.
 */
export const TimelineOpenerProvider = OpenerContext.Provider;

/** Props of {@link TimelineLink}. */
export interface TimelineLinkProps {
  entityId: string;
  name: string;
}

/**
 * The card's way into the timeline, focused on the card's entity: a reader who sees what was said
 * about the Helsinki summit can see, in one step, what came before it and after. Nothing where no
 * timeline opener is provided.
 */
export function TimelineLink({ entityId, name }: TimelineLinkProps) {
  const t = useT();
  const opener = useContext(OpenerContext);
  if (!opener) return null;
  const onClick = linkClick(opener.open?.bind(opener), entityId);
  return (
    <>
      {' · '}
      <a class="fl-source fl-timeline" href={opener.href(entityId)} target="_blank" rel="noopener noreferrer" aria-label={t('timelineCardLinkLabel', name)} onClick={onClick}>
        {t('timelineCardLink')}
      </a>
    </>
  );
}
