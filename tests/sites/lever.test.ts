import { lever } from '../../sites/lever';
import { describeBoard } from './board';

describeBoard('lever', lever);

