import { lagou } from '../../sites/lagou';
import { describeBoard } from './board';

describeBoard('lagou', lagou);
