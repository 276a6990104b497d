#!/usr/bin/env bash
# Static site export benchmark: Cerita's SiteBuilder against Hugo (Debian package) on the same generated stories
# (Indonesian sentences from the shared UD corpus, the real region list, the real themes), 1,000 and 10,000 stories
# (every tenth with an English translation), plus Cerita's incremental export after a one-story edit.
# Each side runs in its own process, so /usr/bin/time gives each its own peak RSS. Writes bench/results/site.md.
# Then the visitors' search (Pagefind) at PAGEFIND_COUNT stories: its share of the exports and its bundle's size,
# written as the section "Visitors' search (Pagefind)" of the same file.
# Up to 10,000 stories each side runs PAIRS times (3 by default), alternately; the row is the median pair.
# Usage: bench/site/run.sh            (COUNTS="1000 10000", PAGEFIND_COUNT=10000 by default)
#        ONLY=pagefind bench/site/run.sh   (only the Pagefind section, the rest of site.md kept)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
COUNTS=${COUNTS:-"1000 10000"}
SHARED=${CERITA_SHARED_DIR:-$ROOT/../shared}
WORK=$ROOT/bench/work/site
RESULTS=$ROOT/bench/results/site.md
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
[ "${ONLY:-}" = pagefind ] || command -v hugo >/dev/null || $SUDO apt-get install -y -qq hugo >/dev/null
[ -x /usr/bin/time ] || $SUDO apt-get install -y -qq time >/dev/null

mkdir -p "$WORK" "$(dirname "$RESULTS")"
# files written just after thousands were deleted cost several times the kernel time on an ext4 mounted with
# discard, as here (bench/results/export.md), and deleting a 50,000-story run's 300,000 files keeps the disk busy for
# minutes: the last run's folders are moved aside (a rename) and deleted when this run has written its results
TRASH="$WORK/trash-$$"
if compgen -G "$WORK/cerita-*" > /dev/null || compgen -G "$WORK/hugo-*" > /dev/null; then
  mkdir -p "$TRASH"
  mv "$WORK"/cerita-* "$WORK"/hugo-* "$TRASH"/ 2>/dev/null || true
fi
if compgen -G "$WORK/trash-*" > /dev/null && [ -z "${KEEP_TRASH:-}" ]; then
  trap 'echo "deleting the folders of the run before"; rm -rf "$WORK"/trash-*' EXIT
fi
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$WORK/cp.txt" ]; then
  echo "building cms-export (no install)"
  mvn -B -q -pl cms-export -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=runtime
fi
CP="$ROOT/cms-export/target/classes:$ROOT/cms-core/target/classes:$(cat "$WORK/cp.txt")"
# compiled beforehand: javac inside the timed JVM kept its C2 compiler busy for seconds that no export pays
rm -rf "$WORK/classes"; mkdir -p "$WORK/classes"
"$JAVA_HOME/bin/javac" -d "$WORK/classes" -cp "$CP" "$ROOT/bench/site/SiteBench.java"
CP="$WORK/classes:$CP"
load() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD_START=$(load)
# the Pagefind section of the last run, kept when this run does not measure it (PAGEFIND_COUNT=0)
KEPT_PAGEFIND=$([ -f "$RESULTS" ] && awk '/^## Visitors. search \(Pagefind\)/{keep=1} keep' "$RESULTS" || true)
HUGO_VERSION=$([ "${ONLY:-}" = pagefind ] || hugo version | cut -d' ' -f1-2)
write_results() {
LOAD_END=$(load)
cat > "$RESULTS" <<MD
# Static site export benchmark

Date: $(date -u +%Y-%m-%dT%H:%MZ) · machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) · JDK: $("$JAVA" -version 2>&1 | head -1) (-Xmx2g, default GC) · peer: $HUGO_VERSION (Debian)

Same generated stories on both sides: bodies of 40–52 sentences from the shared UD Indonesian corpus, the real
38 provinces / 514 regencies (idn-area-data), the real themes (V3 migration), 150 courses of 40 providers, cohorts
1–70; every tenth story also in English. Cerita builds from resolved \`StoryDetails\` (no database read) into an empty
directory with \`SiteBuilder\` without the visitors' search (Hugo builds none; Pagefind has its own section below) (Flexmark, bodies in the sanitiser's form, jte templates, listings by province, regency/city, theme, course,
provider, cohort, year, 20 per page, RSS + Atom site-wide and per province/theme, sitemap, search index). Hugo builds
the same stories as Markdown with the same seven taxonomies, 20 per page, RSS for home and every term, sitemap, and
a minimal theme (it renders less per page than Cerita: no JSON-LD, Open Graph, hreflang, Atom feeds). Hugo's time is
wall-clock of \`hugo\` (content written beforehand, not timed); Cerita's is the build call inside a warm-started JVM
(JVM start ~0.5 s not included). Peak RSS and process CPU (user + sys) from /usr/bin/time; Cerita's process figures
include generating the stories and the incremental export. Hugo's HTML count
includes its \`page/1/\` alias redirect pages (one per paginated list); pages/s is HTML files written / seconds.
"Re-export" is the export right after the full one, with nothing changed: it has only the current build to take
from, so it hard-links every file into a new directory. "Incremental" is the next export, after one story's title and
body changed: it reuses the build before the current one (renamed), keeps the files whose fingerprint still matches,
renders the changed ones, then switches \`current\` — the steady state of a CMS that exports after each publication.
Five such edits follow one another, each to another story: the table gives the first alone, and the median and
slowest of the five (in a JVM, one run's figure moves with garbage collection and compilation).
Up to 10,000 stories the two sides run ${PAIRS:-3} times, alternately (Cerita, Hugo, Cerita, …): the row is the pair
with the median ratio, and the column "every pair" lists them all (this machine's speed moves by a third within
minutes, for both sides). At 50,000 a Hugo build takes minutes: one pair.
"Full, warm JVM" is the same full export once more into an empty directory, in the same JVM after the others (the
ratio column uses the first, cold, full export).
Load average (1, 5, 15 min): $LOAD_START at start, $LOAD_END at end.

| stories | Cerita s | Cerita HTML pages | Cerita files | Cerita pages/s | Cerita peak heap MiB | Cerita peak RSS MiB | Cerita process CPU s | Hugo s | Hugo HTML pages | Hugo files | Hugo pages/s | Hugo peak RSS MiB | Hugo process CPU s | Hugo story pages | Hugo s / Cerita s | every pair (Cerita/Hugo s) | Cerita full, warm JVM s | Cerita re-export (all linked) | Cerita incremental (one-story edit): first | Cerita incremental: median of 5 edits (max) |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|---|---|
$ROWS
Goals (issue 16): 10k full export from a cold JVM ≥ 3× faster than Hugo, 50k ≥ 5×, a one-story incremental export < 1 s at 50k.

Run with \`bench/site/run.sh\` (COUNTS="$COUNTS").
MD
if [ "${PAGEFIND_COUNT:-10000}" = 0 ] && [ -n "$KEPT_PAGEFIND" ]; then printf '\n%s\n' "$KEPT_PAGEFIND" >> "$RESULTS"; fi
}
ROWS=""
[ "${ONLY:-}" = pagefind ] && COUNTS=""
for n in $COUNTS; do
  # side by side PAIRS times, alternately (this machine's speed moves by a third within minutes, for both sides):
  # the row is the pair with the median ratio; at 50,000 one Hugo build takes minutes, so one pair
  pairs=$([ "$n" -le 10000 ] && echo "${PAIRS:-3}" || echo 1)
  echo "== $n stories: Hugo content"
  "$JAVA" -Dfile.encoding=UTF-8 -cp "$CP" SiteBench hugo "$n" "$SHARED" "$WORK/hugo-$n"
  RATIOS=""
  for r in $(seq 1 "$pairs"); do
    echo "== $n stories: Cerita ($r of $pairs)"
    /usr/bin/time -f "%M %U %S" -o "$WORK/cerita-$n-$r.rss" "$JAVA" -Xmx2g -Dfile.encoding=UTF-8 -cp "$CP" \
      SiteBench cerita "$n" "$SHARED" "$WORK/cerita-$n-$r" > "$WORK/cerita-$n-$r.out"
    cat "$WORK/cerita-$n-$r.out"
    echo "== $n stories: Hugo build ($r of $pairs)"
    start=$(date +%s.%N)
    /usr/bin/time -f "%M %U %S" -o "$WORK/hugo-$n-$r.rss" hugo --quiet -s "$WORK/hugo-$n" -d "$WORK/hugo-$n/public-$r" \
      > "$WORK/hugo-$n-$r.out" 2>&1
    end=$(date +%s.%N)
    printf "%.2f\n" "$(echo "$end - $start" | bc)" > "$WORK/hugo-$n-$r.seconds"
    c=$(sed -n "s/^seconds=//p" "$WORK/cerita-$n-$r.out"); h=$(cat "$WORK/hugo-$n-$r.seconds")
    RATIOS+="$(printf "%.4f" "$(echo "$h / $c" | bc -l)") $r $c $h"$'\n'
  done
  r=$(printf "%s" "$RATIOS" | sort -n | sed -n "$(( (pairs + 1) / 2 ))p" | cut -d' ' -f2)
  all_pairs=$(printf "%s" "$RATIOS" | sort -k2 -n | awk '{ printf "%s%s/%s s = %.2f×", (NR > 1 ? "; " : ""), $3, $4, $1 }')
  val() { sed -n "s/^$2=//p" "$WORK/cerita-$n-$r.out"; }
  c_sec=$(val x seconds); h_sec=$(cat "$WORK/hugo-$n-$r.seconds")
  c_pages=$(val x html_pages); h_pages=$(find "$WORK/hugo-$n/public-$r" -name '*.html' | wc -l)
  h_files=$(find "$WORK/hugo-$n/public-$r" -type f | wc -l)
  c_pps=$(val x pages_per_second); h_pps=$(printf "%.0f" "$(echo "$h_pages / $h_sec" | bc -l)")
  read -r c_kb c_u c_s < <(tail -1 "$WORK/cerita-$n-$r.rss"); read -r h_kb h_u h_s < <(tail -1 "$WORK/hugo-$n-$r.rss")
  c_rss=$(( c_kb / 1024 )); h_rss=$(( h_kb / 1024 ))
  c_cpu=$(printf "%.1f" "$(echo "$c_u + $c_s" | bc)"); h_cpu=$(printf "%.1f" "$(echo "$h_u + $h_s" | bc)")
  # a ratio only when both wrote every story page (generated titles once collided into one Hugo URL)
  c_stories=$(val x stories); h_stories=$(find "$WORK/hugo-$n/public-$r/cerita" -mindepth 2 -maxdepth 2 -name index.html | wc -l)
  if [ "$c_stories" = "$h_stories" ] && [ "$(val x story_pages)" = "$c_stories" ]; then
    ratio="**$(printf "%.2f" "$(echo "$h_sec / $c_sec" | bc -l)")**"
  else
    ratio="n/a: story pages Cerita $(val x story_pages), Hugo $h_stories of $c_stories"
  fi
  ROWS+="| $n (+$(( n / 10 )) EN) | $c_sec | $c_pages | $(val x files) | $c_pps | $(val x peak_heap_mib) | $c_rss | $c_cpu | $h_sec | $h_pages | $h_files | $h_pps | $h_rss | $h_cpu | $h_stories | $ratio | $all_pairs | $(val x warm_full_seconds) | $(val x relink_seconds) s ($(val x relink_linked) linked) | $(val x incremental_seconds) s ($(val x incremental_rendered) rendered, $(val x incremental_linked) linked) | $(val x incremental_median_seconds) s ($(val x incremental_max_seconds) s; all: $(val x incremental_all)) |"$'\n'
  write_results
done

PAGEFIND_COUNT=${PAGEFIND_COUNT:-10000}
if [ "$PAGEFIND_COUNT" != 0 ]; then
  n=$PAGEFIND_COUNT
  echo "== $n stories: Pagefind's share"
  rm -rf "$WORK/pagefind-$n"
  p_load_start=$(load)
  "$JAVA" -Xmx2g -Dfile.encoding=UTF-8 -cp "$CP" SiteBench pagefind "$n" "$SHARED" \
    "$WORK/pagefind-$n" > "$WORK/pagefind-$n.out"
  cat "$WORK/pagefind-$n.out"
  pv() { sed -n "s/^$1=//p" "$WORK/pagefind-$n.out"; }
  PAGEFIND_VERSION=$(sed -n 's/.*<pagefind.version>\(.*\)<.*/\1/p' pom.xml)
  [ -f "$RESULTS" ] && awk '/^## Visitors. search \(Pagefind\)/{skip=1; next} /^## /{skip=0} !skip' "$RESULTS" > "$RESULTS.tmp" \
    && mv "$RESULTS.tmp" "$RESULTS"
  cat >> "$RESULTS" <<MD

## Visitors' search (Pagefind)

Date: $(date -u +%Y-%m-%dT%H:%MZ) · Pagefind $PAGEFIND_VERSION (\`@pagefind/linux-x64\` from npm, carried in the jar) ·
load average (1, 5, 15 min): $p_load_start at start, $(load) at end. $n generated stories as above (+$(( n / 10 )) in
English), one process (\`SiteBench.java pagefind\`, warm-started JVM as above). Every export runs Pagefind over the story
pages of the new build before \`current\` is switched, unless no story page changed (then the bundle of the build it
reuses is kept, or the current build's is hard-linked). Pagefind cannot add one page to an existing index, so a
one-story edit re-indexes every story page: that is the cost below.

| | whole export s | of which Pagefind s |
|---|---:|---:|
| full export into an empty directory | $(pv full_seconds) | $(pv full_index_seconds) |
| export with nothing changed (bundle hard-linked: $(pv relink_index)) | $(pv relink_seconds) | $(pv relink_index_seconds) |
| one story edited (re-indexed: $(pv incremental_index)) | $(pv incremental_seconds) | $(pv incremental_index_seconds) |

Bundle \`pagefind/\`: $(pv bundle_mib) MiB in $(pv bundle_files) files (index $(pv bundle_index_kib) KiB, fragments
$(pv bundle_fragment_kib) KiB, filters $(pv bundle_filter_kib) KiB, UI scripts and styles $(pv bundle_ui_kib) KiB,
other (wasm, metadata) $(pv bundle_other_kib) KiB). A visitor downloads only the UI, the wasm, the metadata and the
index chunks and fragments their words and results touch, not the whole bundle.
MD
fi
cat "$RESULTS"
