import { workday } from '../../sites/workday';
import { describeBoard } from './board';

describeBoard('workday', workday, {
  'autodesk-jobview-jsonld-shell.html: splits the text into sections':
    'the JSON-LD description is flattened plain text (no headings, no line breaks), French then English',
});
