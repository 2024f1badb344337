import examples from './examples';
import execute from './tips-execute';
import measure from './tips-measure';
import plan from './tips-plan';

// One module per content language, so the panel loads it as one chunk and only for the language it shows.
export default { tips: { plan, execute, measure }, examples };
