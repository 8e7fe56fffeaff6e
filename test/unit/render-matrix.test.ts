import { describe, expect, it } from 'vitest';
import { END, renderBlock, replaceBlock, START } from '../support/render-matrix';

const matrix = {
  zendesk: { underline: 'pass', names: 'pass', attachments: 'pass', feedback: 'fail', 'send-guard': 'pass' },
  front: { underline: 'pass', names: 'fail' },
} as const;

describe('support matrix in the README', () => {
  it('renders one row per helpdesk; a missing cell is a fail; notes are listed once', () => {
    const block = renderBlock(matrix, {
      generatedAt: '2026-11-25T10:00:00Z',
      helpdesks: {
        zendesk: { name: 'Zendesk Agent Workspace', engine: 'ckeditor5', cells: { feedback: { note: 'not in main yet' } } },
        front: { name: 'Front', engine: 'plain', editor: 'stand-in', cells: { feedback: { note: 'not in main yet' } } },
      },
    });
    expect(block.startsWith(START) && block.endsWith(END)).toBe(true);
    expect(block).toContain('| Zendesk Agent Workspace | ckeditor5 | ✅ pass | ✅ pass | ✅ pass | ❌ fail | ✅ pass |');
    expect(block).toContain('| Front | stand-in | ✅ pass | ❌ fail | ❌ fail | ❌ fail | ❌ fail |');
    expect(block).toContain('- Feedback log: not in main yet (all helpdesks).');
    expect(block).toContain('(2026-11-25)');
  });

  it('rewrites only the marked block, and appends one to a README without it', () => {
    const block = renderBlock({ zendesk: matrix.zendesk });
    const readme = `# Tact\n\nIntro.\n\n${START}\nold table\n${END}\n\n## After\n`;
    const next = replaceBlock(readme, block);
    expect(next).toBe(`# Tact\n\nIntro.\n\n${block}\n\n## After\n`);
    expect(replaceBlock(next, block)).toBe(next);
    expect(replaceBlock('# Tact\n', block)).toBe(`# Tact\n\n## Support matrix\n\n${block}\n`);
  });
});
