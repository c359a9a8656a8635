import { launchChromium } from './chromium';
import { buildDir } from './posting.suite';
import { describeProfileSuite } from './profile.suite';

describeProfileSuite('chromium', launchChromium, buildDir('chrome-mv3'));
