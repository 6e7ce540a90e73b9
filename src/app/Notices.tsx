import { useEffect } from 'preact/hooks';
import { useAppState } from './app-state';
import type { UiStore } from './ui-store';
import { Button } from '../ui/Button';

/**
 * The app's message area, over the bottom corner of the screen: a polite live region,
 * errors announced assertively. A screen whose controls must never be covered (the run
 * screen) shows the messages in a NoticeDock of its own instead.
 */
export function Notices({ ui }: { ui: UiStore }) {
  if (ui.docks.value > 0) return null;
  return <NoticeList ui={ui} class="notices" />;
}

/** A place in a screen's own layout for the app's messages, so they cover nothing. */
export function NoticeDock({ class: extra }: { class?: string }) {
  const { ui } = useAppState();
  useEffect(() => {
    ui.docks.value += 1;
    return () => {
      ui.docks.value -= 1;
    };
  }, [ui]);
  return <NoticeList ui={ui} class={`notices-docked ${extra ?? ''}`} />;
}

function NoticeList({ ui, class: className }: { ui: UiStore; class: string }) {
  const notices = ui.notices.value;
  return (
    <div class={className} aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          class={`notice notice-${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <p>{notice.message}</p>
          <div class="notice-actions">
            {notice.action && (
              <Button
                variant="primary"
                onClick={() => {
                  notice.action?.run();
                  ui.dismiss(notice.id);
                }}
              >
                {notice.action.label}
              </Button>
            )}
            <Button variant="quiet" onClick={() => ui.dismiss(notice.id)}>
              Dismiss
            </Button>
          </div>
        </div>
      ))}
    </div>
  );
}
