import { launchFirefox } from './firefox';
import { describeGigSuite } from './gig.suite';
import { buildDir } from './posting.suite';

describeGigSuite('firefox', launchFirefox, buildDir('firefox-mv2'));
