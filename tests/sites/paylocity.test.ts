import { paylocity } from '../../sites/paylocity';
import { describeBoard } from './board';

describeBoard('paylocity', paylocity);

