import { launchFirefox } from './firefox';
import { buildDir } from './posting.suite';
import { describeHostileSuite } from './hostile.suite';

describeHostileSuite('firefox', launchFirefox, buildDir('firefox-mv2'));
