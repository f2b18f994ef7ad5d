# Small image for the API. The web console and playground are built at image build time.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --include=dev --no-audit --no-fund
COPY . .
RUN npm run build:web
EXPOSE 4000
USER node
CMD ["npx", "tsx", "src/index.ts"]
