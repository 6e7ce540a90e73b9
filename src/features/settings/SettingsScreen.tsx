import { AppVersionSection } from './AppVersionSection';
import { PrivacySection } from './PrivacySection';
import { StorageSection } from './StorageSection';

/** Settings: storage safety, privacy and the app's version. */
export default function SettingsScreen() {
  return (
    <div class="screen stack">
      <header>
        <h1>Settings</h1>
      </header>
      <StorageSection />
      <PrivacySection />
      <AppVersionSection />
    </div>
  );
}
