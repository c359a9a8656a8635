import { launchFirefox } from './firefox';
import { describeLanguageSuite } from './language.suite';
import { buildDir } from './posting.suite';

describeLanguageSuite('firefox', launchFirefox, buildDir('firefox-mv2'));
