import { describeSmoke } from './smoke';
import { launchFirefox } from './firefox';

describeSmoke('Firefox', launchFirefox);
