import { launchFirefox } from './harness/firefox';
import { FIREFOX, FIREFOX_BUILD } from './harness/paths';
import { endToEndSuite, needsBuild } from './suite';

endToEndSuite('firefox', (origin) => launchFirefox({ localOrigin: origin }), () => needsBuild(FIREFOX_BUILD, FIREFOX));
