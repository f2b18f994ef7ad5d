// Files that ship beside the code (schema.graphql, prisma/, web/dist) are found from the package root: one
// level above src/ when run from TypeScript (tests, tsx), two above dist/src/ when compiled (npm start, Docker).
import fs from 'node:fs';
import path from 'node:path';

function findRoot(from: string): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
  }
  throw new Error(`No package.json above ${from}`);
}

export const projectRoot = findRoot(__dirname);
