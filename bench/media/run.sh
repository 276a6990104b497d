#!/usr/bin/env bash
# Media benchmark: the standard derivative set (srcset widths + focal crops, JPEG and WebP) of COUNT photos of
# 12 MP, made by Cerita's ImageDerivatives (Thumbnailator, decode once) and, in the same run, by libvips'
# vipsthumbnail making the same sizes and formats. Writes bench/results/media.md.
# Usage: bench/media/run.sh            (COUNT=200 THREADS=2 by default; photos are generated once and kept)
#        bench/media/run.sh overload   UPLOADS (default 8) different 100 MP PNGs uploaded at once through the HTTP API
#                                      of the application jar started with -Xmx1g; every answer must be 201 or a 503
#                                      problem detail with Retry-After, and the server log must hold no OutOfMemoryError.
#                                      Appends a dated section to bench/results/media.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
if [ "${1:-}" = overload ]; then
  exec "$ROOT/bench/media/overload.sh"
fi
COUNT=${COUNT:-200}
THREADS=${THREADS:-2}
WORK=$ROOT/bench/work/media
PHOTOS=$WORK/photos-$COUNT
RESULTS=$ROOT/bench/results/media.md
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java

if ! command -v vipsthumbnail >/dev/null; then
  echo "installing libvips-tools (vipsthumbnail)"
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq libvips-tools >/dev/null
fi
for tool in /usr/bin/time:time /usr/bin/bc:bc; do
  [ -x "${tool%%:*}" ] || { SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo); $SUDO apt-get install -y -qq "${tool#*:}" >/dev/null; }
done

mkdir -p "$WORK"
echo "building cms-export (no install)"
mvn -B -q -pl cms-export -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=runtime
CP="$ROOT/cms-export/target/classes:$(cat "$WORK/cp.txt")"
bench() { "$JAVA" -Xmx1g --enable-native-access=ALL-UNNAMED -cp "$CP" "$ROOT/bench/media/MediaBench.java" "$@"; }

echo "generating $COUNT photos of 4000x3000 in $PHOTOS (kept between runs)"
bench generate "$PHOTOS" "$COUNT" 4000 3000
cat "$PHOTOS"/*.jpg > /dev/null   # warm the page cache for both sides

# ---- Cerita (Java) ----
rm -rf "$WORK/out-java"
echo "Cerita ImageDerivatives, $THREADS threads"
load() { cut -d' ' -f1 /proc/loadavg; }
java_load_start=$(load)
/usr/bin/time -f %M -o "$WORK/java.rss" "$JAVA" -Xmx1g --enable-native-access=ALL-UNNAMED -cp "$CP" "$ROOT/bench/media/MediaBench.java" \
  derive "$PHOTOS" "$WORK/out-java" "$THREADS" > "$WORK/java.out"
cat "$WORK/java.out"
java_seconds=$(sed -n 's/^seconds=//p' "$WORK/java.out")
java_outputs=$(sed -n 's/^outputs=//p' "$WORK/java.out")
megapixels=$(sed -n 's/^megapixels=//p' "$WORK/java.out")
java_rss_kb=$(cat "$WORK/java.rss")
java_load_end=$(load)

# ---- libvips: the same sizes, the same formats and qualities ----
bench settings > "$WORK/settings.txt"
read -r jpeg_q webp_q < <(sed -n 's/^quality //p' "$WORK/settings.txt")
formats=(jpg)
grep -q WEBP "$WORK/settings.txt" && formats+=(webp)
rm -rf "$WORK/out-vips" "$WORK/vips.rss"; mkdir -p "$WORK/out-vips"
echo "vipsthumbnail, $THREADS processes (1 vips thread each)"
vips_load_start=$(load)
start=$(date +%s.%N)
while read -r name width height; do
  [[ $name == formats || $name == quality ]] && continue
  if [ "$height" = 0 ]; then size=(--size "${width}x"); else size=(--size "${width}x${height}" --smartcrop centre); fi
  for ext in "${formats[@]}"; do
    q=$([ "$ext" = jpg ] && echo "$jpeg_q" || echo "$webp_q")
    find "$PHOTOS" -name '*.jpg' -print0 | sort -z | xargs -0 -P "$THREADS" -n $(( (COUNT + THREADS - 1) / THREADS )) \
      /usr/bin/time -a -f %M -o "$WORK/vips.rss" vipsthumbnail --vips-concurrency=1 "${size[@]}" \
        -o "$WORK/out-vips/%s_${name}.${ext}[Q=${q},strip]"
  done
done < "$WORK/settings.txt"
end=$(date +%s.%N)
vips_load_end=$(load)
vips_seconds=$(echo "$end - $start" | bc -l)
vips_outputs=$(find "$WORK/out-vips" -type f | wc -l)
vips_rss_kb=$(sort -n "$WORK/vips.rss" | tail -1)

java_bytes=$(find "$WORK/out-java" -type f \( -name '*.jpg' -o -name '*.webp' \) -printf '%s\n' | awk '{s+=$1} END {print s}')
vips_bytes=$(find "$WORK/out-vips" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
f() { printf '%.2f' "$(echo "$1" | bc -l)"; }
java_ips=$(f "$COUNT / $java_seconds"); vips_ips=$(f "$COUNT / $vips_seconds")
java_mps=$(f "$megapixels / $java_seconds"); vips_mps=$(f "$megapixels / $vips_seconds")
ratio=$(f "$java_ips / $vips_ips")
verdict=$(echo "$ratio >= 0.5" | bc -l | sed 's/1/met (within 2x of libvips)/; s/0/NOT met (slower than 2x libvips)/')
jdk=$("$JAVA" -version 2>&1 | sed -n 2p)
sizes=$(grep -vE '^(formats|quality)' "$WORK/settings.txt" | awk '{ if ($3 == 0) printf "%s ", $2 "w"; else printf "%s ", $1 "@" $2 "x" $3 }')

mkdir -p "$(dirname "$RESULTS")"
cat > "$RESULTS" <<MD
# Media derivatives: Cerita (Thumbnailator) vs libvips vipsthumbnail

Date: $(date -u '+%Y-%m-%d %H:%M UTC'). Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB.
Command: \`bench/media/run.sh\` (COUNT=$COUNT, THREADS=$THREADS).

Input: $COUNT generated photo-like JPEGs, 4000×3000 (12 MP) q90, $(du -sh "$PHOTOS" | cut -f1) in all.
Work per photo, both sides: $sizes in ${formats[*]} (JPEG q$jpeg_q, WebP q$webp_q, metadata stripped) = $(( ${#formats[@]} * $(grep -cvE '^(formats|quality)' "$WORK/settings.txt") )) files.

| | Cerita ImageDerivatives | libvips vipsthumbnail |
| --- | --- | --- |
| how | JDK $jdk, \`-Xmx1g\`, $THREADS threads; one decode per photo, each width from the next larger, crops from the largest (focal point centre); Thumbnailator 0.4.21 resize, JDK JPEG writer, libwebp (webp-imageio) | vips $(vips --version | cut -d- -f2), $THREADS processes \`--vips-concurrency=1\`, one invocation per size and format (shrink-on-load), \`--smartcrop centre\` for crops |
| wall time | ${java_seconds} s | $(f "$vips_seconds") s |
| files written | $java_outputs | $vips_outputs |
| bytes written | $(( java_bytes / 1048576 )) MiB | $(( vips_bytes / 1048576 )) MiB |
| images/s | **$java_ips** | **$vips_ips** |
| MP/s (input) | $java_mps | $vips_mps |
| 1-min load average at start → end (other work on the machine) | $java_load_start → $java_load_end | $vips_load_start → $vips_load_end |
| peak memory | $(( java_rss_kb / 1024 )) MiB (JVM max RSS) | $(( vips_rss_kb / 1024 )) MiB per process (max RSS), ×$THREADS processes |

Ratio Cerita / libvips (images/s): **$ratio**. Goal (≥ 0.5, within 2× of libvips): **$verdict**.

Notes
- The machine is shared (several developers' builds and tests run beside the benchmark); the load averages above say how busy it was during each side. On a $(nproc)-core machine a load well above $(nproc) slows both sides, not necessarily equally.
- vipsthumbnail makes one size per invocation, so it decodes every photo once per size and format (with shrink-on-load). A hand-written libvips pipeline (one \`thumbnail\` then resizes from it) would be faster than the \`vipsthumbnail\` figures here.
- Java timing covers deriving only (JVM start and class loading excluded, the photos' bytes are read inside the timing); vipsthumbnail timing is the wall time of all its invocations, process starts included, since that is how it is used.
- The JDK decodes JPEG with its bundled libjpeg 6b; Temurin's is 33–56 % slower than Debian OpenJDK 17's system libjpeg-turbo (shared/notes/performance-facts.md). Cerita needs Java 21+, so the JDK above is the one a deployment runs.
- libvips decodes each photo once per size with JPEG shrink-on-load (DCT scaling); the JDK offers no DCT scaling, so Cerita decodes the full 12 MP once and scales from that.
MD
echo "wrote $RESULTS"; cat "$RESULTS"
