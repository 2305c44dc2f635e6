import { pin } from '../../document/builders.ts';
import { testCheck } from '../../../../test/support/checkTester.ts';
import type { CheckDef, Options } from '../types.ts';
import { posts } from './posts.ts';

const round = (d: number) => pin('p', 100, 100).circleOutline(50, 50, d / 2, 'o');

testCheck(posts as unknown as CheckDef<Options>, {
  valid: [
    { name: 'a 25 mm pin with one post', doc: round(25).spec({ posts: [{ x: 50, y: 50 }] }).build() },
    { name: 'a 40 mm pin with two posts', doc: round(40).spec({ posts: [{ x: 42, y: 50 }, { x: 58, y: 50 }] }).build() },
    { name: 'a 60 mm pin with three posts', doc: round(60).spec({ posts: [{ x: 40, y: 50 }, { x: 60, y: 50 }, { x: 50, y: 60 }] }).build() },
    { name: 'exactly 32 mm with one post', doc: round(32).spec({ posts: [{ x: 50, y: 50 }] }).build() },
    { name: 'a magnet backing needs no posts', doc: round(40).spec({ backing: 'magnet' }).build() },
  ],
  invalid: [
    { name: 'no post placed', doc: round(25).build(), errors: [{ messageId: 'none', severity: 'warning' }] },
    { name: 'a 40 mm pin with one post', doc: round(40).spec({ posts: [{ x: 50, y: 50 }] }).build(), errors: [{ messageId: 'tooFew', measured: 1, limit: 2 }] },
    { name: 'a 60 mm pin with two posts', doc: round(60).spec({ posts: [{ x: 40, y: 50 }, { x: 60, y: 50 }] }).build(), errors: [{ messageId: 'tooFew', measured: 2, limit: 3 }] },
    { name: 'a post off the pin is an error', doc: round(25).spec({ posts: [{ x: 50, y: 50 }, { x: 90, y: 90 }] }).build(), errors: [{ messageId: 'offPin', severity: 'error', items: ['o'] }] },
    {
      name: 'a post in a cut-out is off the pin',
      doc: round(25).cutout([{ closed: true, segments: [{ x: 48, y: 48 }, { x: 52, y: 48 }, { x: 52, y: 52 }, { x: 48, y: 52 }] }]).spec({ posts: [{ x: 50, y: 50 }] }).build(),
      errors: [{ messageId: 'offPin' }],
    },
  ],
});
