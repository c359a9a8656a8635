import { stepstone } from '../../sites/stepstone';
import { describeBoard } from './board';

describeBoard('stepstone', stepstone);

