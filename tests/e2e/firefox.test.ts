import { launchFirefox } from './harness/firefox';
import { FIREFOX, FIREFOX_BUILD } from './harness/paths';
import { readingSuite } from './reading';
import { endToEndSuite, needsBuild } from './suite';

const launch = (origin: string) => launchFirefox({ localOrigin: origin });
const available = () => needsBuild(FIREFOX_BUILD, FIREFOX);
endToEndSuite('firefox', launch, available);
readingSuite('firefox', launch, available);
