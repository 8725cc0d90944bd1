#!/usr/bin/env bash
# make image: builds Tierless' container image with Quarkus' Jib extension, without Docker or a registry, into
# app/target/tierless-image.tar (a `docker save` tar: docker load, podman load, skopeo, crane and kind take it).
# The base is made here from the local JDK (ops/image/base-image.sh); the entrypoint runs the quarkus-app with the
# flags of ops/jvm-options, as user 10001, on port 8080. Settings: quarkus.container-image.* and quarkus.jib.* in
# application.properties; docs/operations.md, Deploy.
set -euo pipefail
cd "$(dirname "$0")/../.."

image_tar=${TIERLESS_IMAGE_TAR:-$PWD/app/target/tierless-image.tar}
base_tar=$PWD/app/target/image-base/tierless-base.tar
ops/image/base-image.sh "$base_tar"

# The image runs on an external PostgreSQL only: the embedded server's binaries (make run's) stay out of it, in a
# build of its own (target/image-app), so that app/target/quarkus-app keeps them for make run.
embedded_binaries=$(printf 'io.zonky.test.postgres:embedded-postgres-binaries-%s,' linux-amd64 linux-arm64v8 darwin-amd64 darwin-arm64v8)

# Quarkus' default JVM argument (the JBoss log manager) stays; ops/jvm-options' flags are added to it.
jvm_options=$(tr -s ' \n' ',' < ops/jvm-options | sed 's/^,//; s/,$//')

mkdir -p "$(dirname "$image_tar")"
rm -f "$image_tar"
# Jib "loads" the image into Docker by piping it to `docker load`: ops/image/docker-load-to-tar saves it instead.
TIERLESS_IMAGE_TAR=$image_tar ./mvnw -B --no-transfer-progress -q -pl app -am -DskipTests package \
  -Dquarkus.container-image.build=true \
  -Dquarkus.package.output-directory=image-app \
  -Dquarkus.class-loading.removed-artifacts="${embedded_binaries%,}" \
  -Dquarkus.jib.base-jvm-image="tar://$base_tar" \
  -Dquarkus.jib.offline-mode=true \
  -Dquarkus.jib.docker-executable-name="$PWD/ops/image/docker-load-to-tar" \
  -Dquarkus.jib.jvm-additional-arguments="$jvm_options"
[ -s "$image_tar" ] || { echo "make image: Jib wrote no image to $image_tar" >&2; exit 1; }
echo "Image: $image_tar ($(du -h "$image_tar" | cut -f1)); load it with: docker load -i $image_tar"
