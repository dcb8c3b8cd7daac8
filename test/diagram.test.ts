/** The conversation diagram in the README and machines/coach.mmd is the machine's current shape. */
import fs from 'node:fs';
import { DIAGRAM_FILE, README_FILE, mermaid, readmeWithDiagram } from '../src/tools/diagram';

describe('conversation diagram', () => {
  const diagram = mermaid();

  it('shows every route out of the verdict', () => {
    for (const edge of [
      'verdict --> app_openMe: walkApp',
      'verdict --> web_login: walkWeb',
      'verdict --> apple_open: walkApple',
      'verdict --> appealReason: goAppeal',
    ]) {
      expect(diagram).toContain(edge);
    }
  });

  it('is current in machines/coach.mmd and in the README (run `npm run diagram` after changing the machine)', () => {
    expect(fs.readFileSync(DIAGRAM_FILE, 'utf8')).toBe(diagram);
    const readme = fs.readFileSync(README_FILE, 'utf8');
    expect(readmeWithDiagram(readme, diagram)).toBe(readme);
  });
});
