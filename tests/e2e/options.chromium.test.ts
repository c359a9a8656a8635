import { launchChromium } from './chromium';
import { describeOptionsSuite } from './options.suite';
import { buildDir } from './posting.suite';

describeOptionsSuite('chromium', launchChromium, buildDir('chrome-mv3'));
