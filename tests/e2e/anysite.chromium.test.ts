import { launchChromium } from './chromium';
import { describeAnySiteSuite } from './anysite.suite';
import { buildDir } from './posting.suite';

describeAnySiteSuite('chromium', launchChromium, buildDir('chrome-mv3'));
