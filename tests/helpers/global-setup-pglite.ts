import { setupTemplate } from './global-setup';

export default function setup() {
  return setupTemplate('pglite');
}
