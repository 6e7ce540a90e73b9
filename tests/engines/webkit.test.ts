import { describeSmoke } from './smoke';
import { launchWebKit } from './webkit';

describeSmoke('WebKit', launchWebKit);
