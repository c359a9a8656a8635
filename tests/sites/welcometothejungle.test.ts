import { welcometothejungle } from '../../sites/welcometothejungle';
import { describeOwnPages } from './board';

// No saved Welcome to the Jungle page exists in ../shared: our own fixture only.
describeOwnPages(welcometothejungle, [
  {
    file: 'welcometothejungle-style.html',
    url: 'https://www.welcometothejungle.com/fr/companies/maison-verte/jobs/charge-de-clientele_lyon',
    what: 'job page with a related-job list, cards by their job slug',
    source: 'site:welcometothejungle',
    posting: { title: 'Chargé de clientèle', company: 'Maison Verte', location: 'Lyon', language: 'fr' },
    has: ["Suivre les commandes jusqu'à la livraison", "Deux ans d'expérience en relation client"],
    cards: [['charge-de-clientele_lyon', 'Chargé de clientèle', 'Maison Verte', 'Lyon']],
  },
]);
