import { launchFirefox } from './firefox';
import { buildDir, describePostingSuite } from './posting.suite';

describePostingSuite('firefox', launchFirefox, buildDir('firefox-mv2'));
