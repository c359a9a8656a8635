import { reed } from '../../sites/reed';
import { describeBoard } from './board';

describeBoard('reed', reed, {
  'posting-software-developer-trimmed.html: extracts the posting on screen':
    'its repo author cut the description to "This is a test description.", below the cascade\'s 40-character minimum',
});

