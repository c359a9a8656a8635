import { describeA11ySuite } from './a11y.suite';
import { launchChromium } from './chromium';
import { buildDir } from './posting.suite';

describeA11ySuite('chromium', launchChromium, buildDir('chrome-mv3'));
