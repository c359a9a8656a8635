import { launchFirefox } from './firefox';
import { describeOptionsSuite } from './options.suite';
import { buildDir } from './posting.suite';

describeOptionsSuite('firefox', launchFirefox, buildDir('firefox-mv2'));
