import { describeA11ySuite } from './a11y.suite';
import { launchFirefox } from './firefox';
import { buildDir } from './posting.suite';

describeA11ySuite('firefox', launchFirefox, buildDir('firefox-mv2'));
