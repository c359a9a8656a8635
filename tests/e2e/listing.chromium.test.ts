import { launchChromium } from './chromium';
import { describeListingSuite } from './listing.suite';
import { buildDir } from './posting.suite';

describeListingSuite('chromium', launchChromium, buildDir('chrome-mv3'));
