import { greenhouse } from '../../sites/greenhouse';
import { describeBoard } from './board';

describeBoard('greenhouse', greenhouse);
