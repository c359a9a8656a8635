import { launchChromium } from './chromium';
import { buildDir } from './posting.suite';
import { describeHostileSuite } from './hostile.suite';

describeHostileSuite('chromium', launchChromium, buildDir('chrome-mv3'));
