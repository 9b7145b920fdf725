// Every page is prerendered: the deck runs from static files, no server needed.
export const prerender = true;
export const trailingSlash = 'never';
