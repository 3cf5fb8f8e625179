# syntax=docker/dockerfile:1
# Multi-stage: compilers and TypeScript live only in the build stage; the runtime image holds the
# compiled app (dist/), production dependencies, views, static files and the corpus, and runs as the
# unprivileged `node` user. No .ts source and no tsx reach it (a test reads this file to keep it so).

FROM node:20-bookworm-slim AS build
# better-sqlite3 downloads a prebuilt binary when one matches; these build it from source otherwise.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
# The server runs compiled (npm run build → dist/); then the compiler and the other development
# dependencies are dropped, so the runtime gets production dependencies only.
COPY tsconfig.json tsconfig.build.json ./
COPY engine ./engine
COPY indexer ./indexer
COPY server ./server
COPY scripts/copy-assets.mjs ./scripts/
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
# MALLOC_MMAP_THRESHOLD_ as npm start sets it (package.json; docs/architecture.md).
ENV NODE_ENV=production \
    MALLOC_ARENA_MAX=1 \
    MALLOC_MMAP_THRESHOLD_=131072 \
    PORT=3000 \
    CORPUS_DIR=/app/corpus \
    DATA_DIR=/app/data
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json package-lock.json ./
# npm start's and npm run index's pre-step: runs the dist/ it finds when no compiler is installed.
COPY --chown=node:node scripts/ensure-built.mjs ./scripts/
COPY --chown=node:node views ./views
COPY --chown=node:node public ./public
COPY --chown=node:node corpus ./corpus
# The embedded engine writes here when MEILI_URL is unset; docker-compose.yml's meili-keys service
# writes the app's Meilisearch keys to /run/nutgraf-keys (a fresh volume takes this owner).
RUN mkdir -p /app/data /run/nutgraf-keys && chown node:node /app/data /run/nutgraf-keys
USER node
EXPOSE 3000
# The start entry indexes CORPUS_DIR when the index is missing or older than the corpus, then
# serves. Node runs directly (not through npm) so it receives SIGTERM and drains requests; the flags
# and the environment are npm start's (package.json), which a test keeps equal. `npm run index`
# runs the compiled indexer (dist/indexer/cli.js).
CMD ["node", "--max-semi-space-size=2", "--max-old-space-size=512", "--single-threaded-gc", "--optimize-for-size", "--enable-source-maps", "dist/server/start.js"]
