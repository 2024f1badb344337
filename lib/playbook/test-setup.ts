// Unit tests build the playbook synchronously (getPlaybook('fr')): every content language is loaded up
// front, as the panel loads the one it shows before its first render.
import { loadBuiltInText } from './builtin';
import { LOCALES } from './signals';

await Promise.all(LOCALES.map(loadBuiltInText));
