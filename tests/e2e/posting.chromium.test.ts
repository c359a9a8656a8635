import { launchChromium } from './chromium';
import { buildDir, describePostingSuite } from './posting.suite';

describePostingSuite('chromium', launchChromium, buildDir('chrome-mv3'));
