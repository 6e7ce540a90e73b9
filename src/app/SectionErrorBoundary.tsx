import { Component, type ComponentChildren } from 'preact';
import { Button } from '../ui/Button';

interface Props {
  /** Saves what editors still hold (drafts) before the page reloads. */
  saveBeforeReload: () => Promise<void>;
  children: ComponentChildren;
}

/**
 * One section's safety net: a render error shows a calm message in place of that section
 * only, so the navigation and the other sections keep working. The error's own text is never
 * shown or logged: it may quote what the user wrote.
 */
export class SectionErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const reload = () => {
      void this.props
        .saveBeforeReload()
        .catch(() => undefined)
        .then(() => location.reload());
    };
    return (
      <div class="screen stack" role="alert">
        <h1>This screen ran into a problem</h1>
        <p>
          Everything you have saved is safe on this device, and drafts are kept as you type. Reload
          to carry on. The other parts of the app still work from the menu above.
        </p>
        <div class="row">
          <Button variant="primary" onClick={reload}>
            Reload
          </Button>
        </div>
      </div>
    );
  }
}
