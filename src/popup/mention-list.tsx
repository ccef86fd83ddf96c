import type { PageEntityCount } from '../shared/messages.ts';
import { entityName } from '../ui/entity-text.ts';
import { useLocale } from '../ui/i18n.ts';
import { plural } from '../ui/plural.ts';

/** Props of {@link MentionList}. */
export interface MentionListProps {
  mentions: PageEntityCount[];
  onReveal: (entityId: string) => void;
}

const KIND_KEY: Record<PageEntityCount['kind'], string> = {
  person: 'popupKindPerson',
  organization: 'popupKindOrganization',
  event: 'popupKindEvent',
  place: 'popupKindPlace',
  topic: 'popupKindTopic',
};

/**
 * What this page mentions, most-mentioned first, each a button that takes the reader to the
 * first mention: the quickest way to find where a page talks about someone.
 */
export function MentionList({ mentions, onReveal }: MentionListProps) {
  const locale = useLocale();
  const { t } = locale;
  const named = mentions.map((m) => ({ ...m, shown: entityName(m, locale.lang) }));
  const sorted = named.sort((a, b) => b.count - a.count || a.shown.localeCompare(b.shown, locale.lang));
  return (
    <ul class="mentions" aria-label={t('popupMentionsLabel')}>
      {sorted.map((m) => (
        <li key={m.entityId}>
          <button
            type="button"
            class="mention"
            data-entity={m.entityId}
            onClick={() => onReveal(m.entityId)}
            aria-label={t('popupMentionLabel', m.shown, t(KIND_KEY[m.kind]), plural(locale, 'popupMentions', m.count))}
          >
            <span class="mention-name">{m.shown}</span>
            <span class="mention-kind">{t(KIND_KEY[m.kind])}</span>
            <span class="mention-count">{m.count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
