import { launchChromium } from './chromium';
import { describeLanguageSuite } from './language.suite';
import { buildDir } from './posting.suite';

describeLanguageSuite('chromium', launchChromium, buildDir('chrome-mv3'));
