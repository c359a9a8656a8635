import { remoteok } from '../../sites/remoteok';
import { describeBoard } from './board';

describeBoard('remoteok', remoteok);
