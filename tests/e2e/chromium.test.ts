import { launchChromium } from './harness/chromium';
import { CHROME_BUILD, CHROMIUM } from './harness/paths';
import { endToEndSuite, needsBuild } from './suite';

endToEndSuite('chromium', (origin) => launchChromium({ localOrigin: origin }), () => needsBuild(CHROME_BUILD, CHROMIUM));
