/* Marks the page as running JavaScript before it is first drawn (see src/pages/search/index.astro), so what needs
   JavaScript shows from the start and nothing moves when the page's own script runs. */
document.documentElement.classList.add('js');
