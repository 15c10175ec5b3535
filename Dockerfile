# Multi-stage build: the console with Node, the server with Rust, and a
# small runtime image holding the binary and the built console.
FROM node:20-bookworm AS web
WORKDIR /src
COPY schema.graphql ./
COPY web/package.json web/package-lock.json ./web/
RUN npm --prefix web ci --no-audit --no-fund
COPY web ./web
RUN npm --prefix web run build

FROM rust:1.88-bookworm AS server
WORKDIR /src
COPY . .
RUN cargo build --release -p vizpost

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* && useradd --system --home /var/lib/vizpost vizpost \
    && mkdir -p /var/lib/vizpost && chown vizpost /var/lib/vizpost
COPY --from=server /src/target/release/vizpost /usr/local/bin/vizpost
COPY --from=web /src/web/dist /usr/share/vizpost/web
USER vizpost
ENV VIZPOST_LISTEN=0.0.0.0:8080 \
    VIZPOST_DATA_DIR=/var/lib/vizpost \
    VIZPOST_WEB_DIR=/usr/share/vizpost/web
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["vizpost"]
CMD ["serve"]
