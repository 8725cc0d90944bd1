#!/usr/bin/env bash
# Builds the container image's base, offline, from the JDK on this machine: a Java runtime made by jlink, the
# shared libraries it links against (copied from this machine), a non-root user and /tmp. No registry is needed,
# so make image works where no base image can be pulled. Written as a `docker save` tar, which Jib reads as
# tar://<file> (quarkus.jib.base-jvm-image). Usage: ops/image/base-image.sh <output.tar>
# The result is reproducible for a given JDK and set of system libraries: fixed times, owners and order.
set -euo pipefail

out=$(realpath -m "${1:?usage: $0 <output.tar>}")
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
jlink="$java_home/bin/jlink"
[ -x "$jlink" ] && [ -d "$java_home/jmods" ] || {
  echo "make image needs a JDK 17 with jlink and jmods (JAVA_HOME=$java_home has none; Debian: apt-get install openjdk-17-jdk-headless openjdk-17-jmods)" >&2
  exit 1
}
java_release=$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.runtime.version/ {print $2}')
# The app's image and photo checks need java.desktop (ImageIO, headless); JFR stays in for profiling a pod.
modules=java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.management,jdk.management.jfr,jdk.jfr,jdk.naming.dns,jdk.localedata,jdk.charsets,jdk.net
uid=10001

stamp="$out.inputs"
inputs="jdk=$java_release modules=$modules uid=$uid libc=$(sha256sum /lib64/ld-linux-x86-64.so.2 2>/dev/null | cut -c1-16)"
if [ -f "$out" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$inputs" ]; then
  echo "Base image up to date: $out ($inputs)"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root/opt" "$root/etc" "$root/tmp" "$root/var/lib/tierless" "$root/home/tierless"
echo "Making a Java runtime ($java_release) with jlink"
"$jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$root/opt/java"
# A server has no display or sound card: drop the parts of java.desktop that would need X11 or ALSA.
rm -f "$root"/opt/java/lib/{libawt_xawt.so,libjawt.so,libsplashscreen.so,libjsound.so}

# Copy every shared library the runtime links against, and the loader, at the same paths as on this machine.
libraries=$(find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null \
  | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\/.*ld-linux/ {print $1}' | grep -v "^$root" | sort -u)
# glibc loads libgcc_s when a thread is cancelled or unwinds; ldd does not list it.
libraries="$libraries $(ldconfig -p | awk '/libgcc_s.so.1 .*x86-64|libgcc_s.so.1 .*AArch64/ {print $NF; exit}')"
for library in $libraries; do
  mkdir -p "$root$(dirname "$library")"
  cp -L "$library" "$root$library"
done
# /lib64 and /lib are symlinks on merged-/usr systems; the copies above made real folders, which is what we want.

cat > "$root/etc/passwd" <<PASSWD
root:x:0:0:root:/root:/sbin/nologin
tierless:x:$uid:$uid:Tierless:/home/tierless:/sbin/nologin
PASSWD
cat > "$root/etc/group" <<GROUP
root:x:0:
tierless:x:$uid:
GROUP
echo "hosts: files dns" > "$root/etc/nsswitch.conf"
chmod 1777 "$root/tmp"

layer="$work/layer.tar"
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --format=gnu -C "$root" -cf "$layer" \
  --exclude=./var/lib/tierless --exclude=./home/tierless --transform "s|^\./||" .
# The folders the app writes are its user's (photos and mail under TIERLESS_DATA_DIR, the home folder).
tar --sort=name --mtime=@0 --owner=$uid --group=$uid --numeric-owner --format=gnu -C "$root" -rf "$layer" \
  var/lib/tierless home/tierless
layer_digest=$(sha256sum "$layer" | cut -d' ' -f1)

case "$(uname -m)" in
  x86_64) architecture=amd64 ;;
  aarch64) architecture=arm64 ;;
  *) architecture=$(uname -m) ;;
esac
cat > "$work/config.json" <<CONFIG
{"architecture":"$architecture","os":"linux","config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],"User":"$uid:$uid"},"rootfs":{"type":"layers","diff_ids":["sha256:$layer_digest"]},"history":[{"created":"1970-01-01T00:00:00Z","created_by":"ops/image/base-image.sh: jlink $java_release ($modules) and its system libraries"}]}
CONFIG
config_digest=$(sha256sum "$work/config.json" | cut -d' ' -f1)
mv "$work/config.json" "$work/$config_digest.json"
mv "$layer" "$work/$layer_digest.tar"
cat > "$work/manifest.json" <<MANIFEST
[{"Config":"$config_digest.json","RepoTags":["tierless-base:${java_release//+/_}"],"Layers":["$layer_digest.tar"]}]
MANIFEST
mkdir -p "$(dirname "$out")"
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$work" -cf "$out" \
  manifest.json "$config_digest.json" "$layer_digest.tar"
echo "$inputs" > "$stamp"
echo "Base image: $out ($(du -h "$out" | cut -f1), Java $java_release, user $uid)"
