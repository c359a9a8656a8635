import { launchFirefox } from './firefox';
import { buildDir } from './posting.suite';
import { describeWorkerSuite } from './worker.suite';

// Firefox's MV2 background page is persistent: the same cases run, with nothing to stop between them.
describeWorkerSuite('firefox', launchFirefox, buildDir('firefox-mv2'));
