import { launchFirefox } from './firefox';
import { describeListingSuite } from './listing.suite';
import { buildDir } from './posting.suite';

describeListingSuite('firefox', launchFirefox, buildDir('firefox-mv2'));
