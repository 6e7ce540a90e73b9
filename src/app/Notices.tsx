import type { UiStore } from './ui-store';
import { Button } from '../ui/Button';

/** The app's message area: a polite live region, errors announced assertively. */
export function Notices({ ui }: { ui: UiStore }) {
  const notices = ui.notices.value;
  return (
    <div class="notices" aria-live="polite">
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
