import { AppVersionSection } from './AppVersionSection';
import { DateFormatSection } from './DateFormatSection';
import { DeleteAllJournalsSection } from './DeleteAllJournalsSection';
import { PrivacySection } from './PrivacySection';
import { StorageSection } from './StorageSection';
import { ScreenHeader } from '../../ui/ScreenHeader';

/** Settings: storage safety, date format, privacy, the app's version, and deleting every journal here. */
export default function SettingsScreen() {
  return (
    <div class="screen stack">
      <ScreenHeader title="Settings" />
      <StorageSection />
      <DateFormatSection />
      <PrivacySection />
      <AppVersionSection />
      <DeleteAllJournalsSection />
    </div>
  );
}
