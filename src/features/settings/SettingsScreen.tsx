import { AppVersionSection } from './AppVersionSection';
import { DeleteAllJournalsSection } from './DeleteAllJournalsSection';
import { PrivacySection } from './PrivacySection';
import { StorageSection } from './StorageSection';

/** Settings: storage safety, privacy, the app's version, and deleting every journal here. */
export default function SettingsScreen() {
  return (
    <div class="screen stack">
      <header>
        <h1>Settings</h1>
      </header>
      <StorageSection />
      <PrivacySection />
      <AppVersionSection />
      <DeleteAllJournalsSection />
    </div>
  );
}
