import { totaljobs } from '../../sites/totaljobs';
import { describeBoard } from './board';

describeBoard('totaljobs', totaljobs);

