import { weworkremotely } from '../../sites/weworkremotely';
import { describeBoard } from './board';

describeBoard('weworkremotely', weworkremotely);
