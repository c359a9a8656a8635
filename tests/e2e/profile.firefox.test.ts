import { launchFirefox } from './firefox';
import { buildDir } from './posting.suite';
import { describeProfileSuite } from './profile.suite';

describeProfileSuite('firefox', launchFirefox, buildDir('firefox-mv2'));
