import { launchChromium } from './harness/chromium';
import { CHROME_BUILD, CHROMIUM } from './harness/paths';
import { readingSuite } from './reading';
import { endToEndSuite, needsBuild } from './suite';

const launch = (origin: string) => launchChromium({ localOrigin: origin });
const available = () => needsBuild(CHROME_BUILD, CHROMIUM);
endToEndSuite('chromium', launch, available);
readingSuite('chromium', launch, available);
