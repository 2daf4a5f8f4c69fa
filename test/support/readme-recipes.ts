// The editor recipes of the README, read from the README itself, so that what the tests run is what users copy.
import { readFileSync } from 'node:fs';

/** The code block that follows `<!-- recipe: name -->` in README.md. */
export function readmeRecipe(name: string): string {
  const readme = readFileSync('README.md', 'utf8').replace(/\r\n/g, '\n');
  const match = new RegExp(`<!-- recipe: ${name} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\`\\n`).exec(readme);
  if (!match) throw new Error(`README.md has no recipe "${name}" (a <!-- recipe: ${name} --> comment before a code block)`);
  return `${match[1]}\n`;
}

/** Every recipe named in README.md. */
export function readmeRecipeNames(): string[] {
  return [...readFileSync('README.md', 'utf8').matchAll(/<!-- recipe: ([a-z0-9.-]+) -->/g)].map((m) => m[1]);
}
