import { getSetting, setSetting } from '../../db/settings';
import { useLiveQuery } from '../../db/live';

const SOUND_KEY = 'run.sound';

/** Whether phase cues make a sound on this device (off until chosen: rooms vary). */
export function useSoundSetting() {
  const setting = useLiveQuery(() => getSetting<boolean>(SOUND_KEY), []);
  return {
    isOn: setting.value === true,
    set: (isOn: boolean) => setSetting(SOUND_KEY, isOn),
  };
}
