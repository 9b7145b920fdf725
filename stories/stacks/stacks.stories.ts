/**
 * Stands for the stack stories: a walkthrough and one story per step for every bundled stack, under
 * "Stacks/<id>" in the sidebar. Storybook generates them from `stacks` when it reads this file (see
 * `.storybook/stack-stories.ts`), so a new stack needs no story file; the stories are built by
 * `./stack-stories.ts`. This module's own content is never used.
 */
export default { title: 'Stacks' };
