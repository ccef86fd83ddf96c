import { useT } from '../ui/i18n.ts';

/** The popup's two views: what this page mentions (with search), and the timeline. */
export type PopupView = 'page' | 'timeline';

const VIEWS: PopupView[] = ['page', 'timeline'];

/** The attributes of a view's panel, tied to its tab, hidden while another view is shown. */
export function panelProps(panel: PopupView, view: PopupView) {
  return { role: 'tabpanel' as const, id: `panel-${panel}`, 'aria-labelledby': `tab-${panel}`, hidden: panel !== view };
}

/** Props of {@link TimelineTabs}. */
export interface TimelineTabsProps {
  view: PopupView;
  onView: (view: PopupView) => void;
}

/**
 * The tabs between the page and the timeline, with the keyboard behaviour of a tab list: arrow
 * keys move between tabs, and only the selected tab is in the Tab order.
 */
export function TimelineTabs({ view, onView }: TimelineTabsProps) {
  const t = useT();
  const label: Record<PopupView, string> = { page: t('timelineTabPage'), timeline: t('timelineTabTimeline') };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const next = VIEWS[(VIEWS.indexOf(view) + (e.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length] as PopupView;
    onView(next);
    (e.currentTarget as HTMLElement).parentElement?.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist">
      {VIEWS.map((v) => (
        <button
          type="button"
          role="tab"
          class="tab"
          id={`tab-${v}`}
          key={v}
          aria-selected={v === view}
          aria-controls={`panel-${v}`}
          tabIndex={v === view ? 0 : -1}
          onClick={() => onView(v)}
          onKeyDown={onKeyDown}
        >
          {label[v]}
        </button>
      ))}
    </div>
  );
}
