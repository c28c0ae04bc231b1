/** The publication's name and boilerplate (the demo's; a newsroom changes them here). */
export const publicationName = 'The Meridian Courier';
export const boilerplate =
  'The Meridian Courier is an independent, reader-supported newsroom. We correct our mistakes openly: ' +
  'every update and correction is dated on the story it changes.';
