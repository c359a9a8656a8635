import { launchChromium } from './chromium';
import { describeGigSuite } from './gig.suite';
import { buildDir } from './posting.suite';

describeGigSuite('chromium', launchChromium, buildDir('chrome-mv3'));
