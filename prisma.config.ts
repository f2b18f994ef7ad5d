// Prisma CLI configuration: migrations run through the WebAssembly schema engine over the pg
// driver adapter, so no engine binary is downloaded (this machine reaches only npm).
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL! });
  },
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
