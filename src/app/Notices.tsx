import type { UiStore } from './ui-store';

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
              <button
                type="button"
                class="btn btn-primary"
                onClick={() => {
                  notice.action?.run();
                  ui.dismiss(notice.id);
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button type="button" class="btn btn-quiet" onClick={() => ui.dismiss(notice.id)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
