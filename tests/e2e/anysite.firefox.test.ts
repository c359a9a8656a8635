import { launchFirefox } from './firefox';
import { describeAnySiteSuite } from './anysite.suite';
import { buildDir } from './posting.suite';

describeAnySiteSuite('firefox', launchFirefox, buildDir('firefox-mv2'));
