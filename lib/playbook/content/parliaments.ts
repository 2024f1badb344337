import type { ParliamentInput } from '../schema';

/**
 * Parliaments that case-study examples come from. The five featured ones are the case studies the panel
 * leads with; the others supply examples that are labelled by their own parliament. Sub-national bodies
 * use an ISO-like suffix ('de-ni' Lower Saxony, 'gb-sct' Scotland) so they never read as the national one.
 */
export default [
  {
    id: 'dk',
    name: { en: 'Folketing', fr: 'Folketing' },
    country: { en: 'Denmark', fr: 'Danemark' },
    featured: true,
  },
  {
    id: 'fi',
    name: { en: 'Eduskunta (Parliament of Finland)', fr: 'Eduskunta (Parlement de Finlande)' },
    country: { en: 'Finland', fr: 'Finlande' },
    featured: true,
  },
  {
    id: 'si',
    name: { en: 'National Assembly (Državni zbor)', fr: 'Assemblée nationale (Državni zbor)' },
    country: { en: 'Slovenia', fr: 'Slovénie' },
    featured: true,
  },
  {
    id: 'se',
    name: { en: 'Riksdag', fr: 'Riksdag' },
    country: { en: 'Sweden', fr: 'Suède' },
    featured: true,
  },
  {
    id: 'uk',
    name: { en: 'UK Parliament', fr: 'Parlement du Royaume-Uni' },
    country: { en: 'United Kingdom', fr: 'Royaume-Uni' },
    featured: true,
  },
  {
    id: 'no',
    name: { en: 'Storting', fr: 'Storting' },
    country: { en: 'Norway', fr: 'Norvège' },
    featured: false,
  },
  {
    id: 'nz',
    name: { en: 'New Zealand Parliament', fr: 'Parlement de Nouvelle-Zélande' },
    country: { en: 'New Zealand', fr: 'Nouvelle-Zélande' },
    featured: false,
  },
  {
    id: 'br-camara',
    name: { en: 'Chamber of Deputies', fr: 'Chambre des députés' },
    country: { en: 'Brazil', fr: 'Brésil' },
    featured: false,
  },
  {
    id: 'de',
    name: { en: 'Bundestag', fr: 'Bundestag' },
    country: { en: 'Germany', fr: 'Allemagne' },
    featured: false,
  },
  {
    id: 'de-ni',
    name: { en: 'Landtag of Lower Saxony', fr: 'Landtag de Basse-Saxe' },
    country: { en: 'Germany (Lower Saxony)', fr: 'Allemagne (Basse-Saxe)' },
    featured: false,
  },
  {
    id: 'de-by',
    name: { en: 'Bavarian Landtag', fr: 'Landtag de Bavière' },
    country: { en: 'Germany (Bavaria)', fr: 'Allemagne (Bavière)' },
    featured: false,
  },
  {
    id: 'at',
    name: { en: 'Austrian Parliament', fr: 'Parlement autrichien' },
    country: { en: 'Austria', fr: 'Autriche' },
    featured: false,
  },
  {
    id: 'at-ooe',
    name: { en: 'Landtag of Upper Austria', fr: 'Landtag de Haute-Autriche' },
    country: { en: 'Austria (Upper Austria)', fr: 'Autriche (Haute-Autriche)' },
    featured: false,
  },
  {
    id: 'eu',
    name: { en: 'European Parliament', fr: 'Parlement européen' },
    country: { en: 'European Union', fr: 'Union européenne' },
    featured: false,
  },
  {
    id: 'is',
    name: { en: 'Althingi', fr: 'Althing' },
    country: { en: 'Iceland', fr: 'Islande' },
    featured: false,
  },
  {
    id: 'gb-sct',
    name: { en: 'Scottish Parliament', fr: 'Parlement écossais' },
    country: { en: 'United Kingdom (Scotland)', fr: 'Royaume-Uni (Écosse)' },
    featured: false,
  },
  {
    id: 'gb-wls',
    name: { en: 'Senedd (Welsh Parliament)', fr: 'Senedd (Parlement gallois)' },
    country: { en: 'United Kingdom (Wales)', fr: 'Royaume-Uni (pays de Galles)' },
    featured: false,
  },
  {
    id: 'hr',
    name: { en: 'Croatian Parliament (Sabor)', fr: 'Parlement croate (Sabor)' },
    country: { en: 'Croatia', fr: 'Croatie' },
    featured: false,
  },
  {
    id: 'ca',
    name: {
      en: 'Parliament of Canada – Library of Parliament',
      fr: 'Parlement du Canada – Bibliothèque du Parlement',
    },
    country: { en: 'Canada', fr: 'Canada' },
    featured: false,
  },
  {
    id: 'au-vic',
    name: { en: 'Legislative Assembly of Victoria', fr: 'Assemblée législative de Victoria' },
    country: { en: 'Australia (Victoria)', fr: 'Australie (Victoria)' },
    featured: false,
  },
  {
    id: 'ca-hoc',
    name: { en: 'House of Commons of Canada', fr: 'Chambre des communes du Canada' },
    country: { en: 'Canada', fr: 'Canada' },
    featured: false,
  },
  {
    id: 'eg',
    name: { en: 'House of Representatives', fr: 'Chambre des représentants' },
    country: { en: 'Egypt', fr: 'Égypte' },
    featured: false,
  },
] satisfies ParliamentInput[];
