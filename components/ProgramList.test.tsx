/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeProgram } from '../tests/support/factories';
import { ProgramList } from './ProgramList';

const programs = Array.from({ length: 120 }, (_, i) =>
  fakeProgram({ programKey: `p${i}.edu/pain`, name: `Program ${i}`, pages: [] }),
);
let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

const listed = () => [...root.querySelectorAll('[data-program-key] .name')].map((name) => name.textContent);
const show = (compact: boolean) =>
  act(() =>
    render(
      <ProgramList
        programs={programs}
        skipped={0}
        selectedKey={null}
        onSelect={() => {}}
        compact={compact}
      />,
      root,
    ),
  );

describe('ProgramList', () => {
  test('the popup lists the first 12 in order and says how many more the full view has', () => {
    show(true);
    expect(listed()).toEqual(programs.slice(0, 12).map((p) => p.name));
    expect(root.textContent).toContain('and 108 more');
    expect(root.querySelector('button.btn')).toBeNull();
  });

  test('the full view lists the first 50, and every program once asked', () => {
    show(false);
    expect(listed()).toHaveLength(50);
    const button = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Show all 120 programs',
    )!;
    act(() => button.click());
    expect(listed()).toEqual(programs.map((p) => p.name));
    expect(root.textContent).not.toContain('Show all');
  });
});
