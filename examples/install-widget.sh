#!/usr/bin/env bash
# Copies the <brief-insights> widget into the folder a static site serves as its root, and optionally a
# brief with its static fallback (the HTML readers see without JavaScript, and search engines index).
#
#   bash examples/install-widget.sh SITE_ROOT [--brief FILE.json] [--fallback FILE.html] [--piece ID:FILE.html]...
#
#   SITE_ROOT   static/ for Hugo, the site folder for Jekyll, the web root for plain HTML
#   --brief     copied to SITE_ROOT/briefs/<name>.json
#   --fallback  where to write `brief-insights render` of the brief (for the Hugo shortcode and the
#               Jekyll include: a file they read at build time)
#   --piece     ID:FILE: write the piece of item ID to FILE, the content of `<brief-insights item="ID">`
#               (the shortcode's or include's `fallback`): its first screen, which browsers show styled
#               before any script, then its static rendering for readers without JavaScript (what
#               `brief-insights embed --item ID` puts inside the element); repeat it for each piece an
#               article places. Item ids hold no colon, so FILE is what follows the first one.
#   --script-url  where the site serves brief-insights.js (default /brief-insights/www/brief-insights.js):
#               the pieces' first screens link the stylesheet beside it. A wrong URL costs only the first
#               screen: without its stylesheet it stays hidden and the static piece shows.
#
# Result, matching the defaults of `brief-insights embed`, the Hugo shortcode and the Jekyll include:
#   SITE_ROOT/brief-insights/www/brief-insights.js, brief-insights.css
#   SITE_ROOT/brief-insights/www/embed.html, embed.js, embed.css, embed-host.js (the iframe embed)
#   SITE_ROOT/brief-insights/pkg/brief_insights.js, brief_insights_bg.wasm (the readers' module)
#   SITE_ROOT/brief-insights/pkg/author/brief_insights.js, brief_insights_bg.wasm (the authors' module,
#     fetched only to explain a broken brief, or for a widget without src)
#   SITE_ROOT/briefs/<name>.json
# The widget finds its CSS next to itself and the Wasm module in ../pkg/, so keep www/ and pkg/ side
# by side. Build pkg/ first: bash tools/build-wasm.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() { echo "usage: bash examples/install-widget.sh SITE_ROOT [--brief FILE.json] [--fallback FILE.html] [--piece ID:FILE.html]... [--script-url URL]" >&2; exit 2; }
[ $# -ge 1 ] || usage
site_root="$1"; shift
brief=""; fallback=""; pieces=(); script_url="/brief-insights/www/brief-insights.js"
while [ $# -gt 0 ]; do
  case "$1" in
    --brief) [ $# -ge 2 ] || usage; brief="$2"; shift 2 ;;
    --fallback) [ $# -ge 2 ] || usage; fallback="$2"; shift 2 ;;
    --script-url) [ $# -ge 2 ] || usage; script_url="$2"; shift 2 ;;
    --piece)
      [ $# -ge 2 ] || usage
      case "$2" in *?:?*) ;; *) echo "install-widget: --piece takes ID:FILE, got '$2'" >&2; exit 2 ;; esac
      pieces+=("$2"); shift 2 ;;
    *) usage ;;
  esac
done

for f in www/brief-insights.js www/brief-insights.css www/embed.html www/embed.js www/embed.css www/embed-host.js \
  pkg/brief_insights.js pkg/brief_insights_bg.wasm pkg/author/brief_insights.js pkg/author/brief_insights_bg.wasm; do
  [ -f "$ROOT/$f" ] || { echo "install-widget: $f is missing (pkg/: run bash tools/build-wasm.sh)" >&2; exit 1; }
done
mkdir -p "$site_root/brief-insights/www" "$site_root/brief-insights/pkg/author"
cp "$ROOT/www/brief-insights.js" "$ROOT/www/brief-insights.css" "$site_root/brief-insights/www/"
# The iframe page and its host-side resizer, for CMSs that strip scripts from posts.
cp "$ROOT/www/embed.html" "$ROOT/www/embed.js" "$ROOT/www/embed.css" "$ROOT/www/embed-host.js" "$site_root/brief-insights/www/"
cp "$ROOT/pkg/brief_insights.js" "$ROOT/pkg/brief_insights_bg.wasm" "$site_root/brief-insights/pkg/"
cp "$ROOT/pkg/author/brief_insights.js" "$ROOT/pkg/author/brief_insights_bg.wasm" "$site_root/brief-insights/pkg/author/"

if [ -n "$brief" ]; then
  mkdir -p "$site_root/briefs"
  cp "$brief" "$site_root/briefs/"
fi
if [ -n "$fallback" ] || [ ${#pieces[@]} -gt 0 ]; then
  [ -n "$brief" ] || { echo "install-widget: --fallback and --piece need --brief" >&2; exit 2; }
  # The CLI: BRIEF_INSIGHTS, else one on PATH (cargo install --path .), else this checkout's build.
  cli="${BRIEF_INSIGHTS:-}"
  if [ -z "$cli" ]; then
    if command -v brief-insights >/dev/null; then cli="brief-insights"
    elif [ -x "$ROOT/target/release/brief-insights" ]; then cli="$ROOT/target/release/brief-insights"
    elif [ -x "$ROOT/target/debug/brief-insights" ]; then cli="$ROOT/target/debug/brief-insights"
    else echo "install-widget: no brief-insights CLI found (cargo build, or set BRIEF_INSIGHTS)" >&2; exit 1
    fi
  fi
fi
if [ -n "$fallback" ]; then
  mkdir -p "$(dirname "$fallback")"
  "$cli" render "$brief" > "$fallback"
fi
for piece in "${pieces[@]}"; do
  id="${piece%%:*}"; file="${piece#*:}"
  mkdir -p "$(dirname "$file")"
  # Written to a temporary file first, so an unknown id leaves no empty fallback behind. What `embed`
  # puts inside the element: the lines between its opening and closing tags.
  "$cli" embed "$brief" --item "$id" --script "$script_url" > "$file.tmp" 2>/dev/null \
    || { rm -f "$file.tmp"; echo "install-widget: no piece for '$id'" >&2; exit 1; }
  sed -n '/^<brief-insights /,/^<\/brief-insights>$/p' "$file.tmp" | sed '1d;$d' > "$file"
  rm -f "$file.tmp"
done
echo "install-widget: widget installed in $site_root/brief-insights/${brief:+, brief in $site_root/briefs/}${fallback:+, fallback in $fallback}${pieces[0]:+, ${#pieces[@]} piece(s)}"
