import { launchChromium } from './chromium';
import { buildDir } from './posting.suite';
import { describeWorkerSuite } from './worker.suite';

describeWorkerSuite('chromium', launchChromium, buildDir('chrome-mv3'));
