#!/bin/sh
# Builds target/segment_<version>_<arch>.deb with jpackage, from what `mvn package` already made:
# the unpacked install (target/install, laid out by src/main/assembly/layout.xml) and the runtime
# the image profile linked (target/image-runtime), so nothing is linked or laid out twice.
# Called by pom.xml's deb profile: make-deb.sh TARGET VERSION COMPRESSOR LEVEL VENDOR EMAIL.
#
# The package installs the same tree as the self-contained tar.gz under /usr/lib/segment (bin/,
# lib/, runtime/, README, docs, sample) and runs the same launcher, bin/segment, through the link
# /usr/bin/segment: its JVM options by input size and its class-data-sharing archive stay in one
# place, where jpackage's own launcher could only take one fixed set of options.
set -eu

target=$1
version=$2
compressor=$3
level=$4
vendor=$5
email=$6
here=$(cd "$(dirname "$0")" && pwd -P)
jpackage=${JAVA_HOME:?JAVA_HOME names the JDK that runs the build}/bin/jpackage
work=$target/deb
rm -rf "$work" "$target"/segment_*.deb
mkdir -p "$work/input"

# 1. jpackage's application image (its .jpackage.xml says what the deb step needs), around the
#    linked runtime; then its own launcher and class path give way to the install's.
cp "$target/segment.jar" "$work/input/"
"$jpackage" --type app-image --name segment --app-version "$version" --dest "$work/app" \
  --input "$work/input" --main-jar segment.jar --main-class dev.segment.cli.Main \
  --runtime-image "$target/image-runtime"
app=$work/app/segment
rm -f "$app/bin/segment" "$app/lib/libapplauncher.so" "$app/lib/segment.png" \
  "$app/lib/app/segment.jar" "$app/lib/app/segment.cfg"
# As in the tar.gz image (image.xml): the JDK's archive for heaps over 32 GB, which a run never maps.
rm -f "$app/lib/runtime/lib/server/classes_nocoops.jsa"
# jpackage installs the image's lib/ as /usr/lib/segment: the install goes there, without the
# Windows launcher and the archive the build made for target/install's own paths.
(cd "$target/install" && tar cf - --exclude='*.jsa' --exclude='*.cmd' .) | (cd "$app/lib" && tar xf -)
# The bin/ that jpackage installs as /usr/bin must not be empty; the link replaces this file below.
printf '#!/bin/sh\nexec /usr/lib/segment/bin/segment "$@"\n' >"$app/bin/segment"
chmod 755 "$app/bin/segment"

# 2. The package, uncompressed (it is packed once, in step 3): jpackage writes the control file
#    from src/deb/resources/control and works out Depends from the runtime's native libraries.
DPKG_DEB_COMPRESSOR_TYPE=none "$jpackage" --type deb --app-image "$app" --name segment \
  --app-version "$version" --dest "$work/jpackage" --install-dir /usr \
  --resource-dir "$here/resources" --vendor "$vendor" --linux-deb-maintainer "$email" \
  --description "Sorts SaaS customers into tiers along their MRR Pareto curve" \
  --linux-app-category utils --license-file "$here/../../LICENSE" \
  --copyright "Copyright the segment authors; licensed under the Apache License 2.0"

# 3. jpackage puts files only under its install folder; the man page and the completion go where
#    man and bash-completion look, as the package's own files (dpkg lists them, `dpkg -r` removes
#    them), and /usr/bin/segment becomes a link to the launcher, which follows links to its home.
tree=$work/tree
dpkg-deb -R "$work"/jpackage/segment_*.deb "$tree"
home=$tree/usr/lib/segment
mkdir -p "$tree/usr/share/man/man1" "$tree/usr/share/bash-completion/completions"
gzip -9n <"$home/share/man/man1/segment.1" >"$tree/usr/share/man/man1/segment.1.gz"
mv "$home/share/bash-completion/completions/segment" "$tree/usr/share/bash-completion/completions/"
rm -r "$home/share"
rmdir "$home/app"
ln -sf ../lib/segment/bin/segment "$tree/usr/bin/segment"
arch=$(dpkg-deb -f "$work"/jpackage/segment_*.deb Architecture)
dpkg-deb --root-owner-group -Z"$compressor" -z"$level" -b "$tree" \
  "$target/segment_${version}_$arch.deb" >/dev/null
rm -rf "$work"
