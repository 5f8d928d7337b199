# One image for every devnet service, built once: the build stage installs the full toolchain and
# compiles the `poco` command to dist/; the runtime stage ships only the build, the production
# dependencies and the contract artifacts (no sources, no dev dependencies) and runs unprivileged.
# Stages share the path /app: the build records source-relative paths (bridge/artifacts).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` (the build) needs the sources, copied below.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY --from=build /app/bridge/artifacts ./bridge/artifacts
# Mount points owned by the unprivileged user, so fresh named volumes mounted there are writable by it.
RUN mkdir -p /data /run/secrets/poco && chown node:node /data /run/secrets/poco
USER node
ENTRYPOINT ["node", "bin/poco.js"]
