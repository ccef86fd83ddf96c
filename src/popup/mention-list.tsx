import type { PageEntityCount } from '../shared/messages.ts';

/** Props of {@link MentionList}. */
export interface MentionListProps {
  mentions: PageEntityCount[];
  onReveal: (entityId: string) => void;
}

const KIND: Record<PageEntityCount['kind'], string> = {
  person: 'person',
  organization: 'organisation',
  event: 'event',
  place: 'place',
  topic: 'topic',
};

/**
 * What this page mentions, most-mentioned first, each a button that takes the reader to the
 * first mention: the quickest way to find where a page talks about someone.
 */
export function MentionList({ mentions, onReveal }: MentionListProps) {
  const sorted = [...mentions].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return (
    <ul class="mentions" aria-label="Mentioned on this page">
      {sorted.map((m) => (
        <li key={m.entityId}>
          <button
            type="button"
            class="mention"
            data-entity={m.entityId}
            onClick={() => onReveal(m.entityId)}
            aria-label={`${m.name}, ${KIND[m.kind]}, ${m.count} ${m.count === 1 ? 'mention' : 'mentions'}`}
          >
            <span class="mention-name">{m.name}</span>
            <span class="mention-kind">{KIND[m.kind]}</span>
            <span class="mention-count">{m.count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
