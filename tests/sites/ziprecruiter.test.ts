import { ziprecruiter } from '../../sites/ziprecruiter';
import { describeBoard } from './board';

describeBoard('ziprecruiter', ziprecruiter);

