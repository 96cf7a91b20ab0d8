#!/usr/bin/env bash
# A CUPS queue "trefpuntje-pdf" that turns every print job into a PDF file, so the
# print tests can send a page through the real print system and read it back.
#
# Run as root after:  apt-get install -y cups printer-driver-cups-pdf
# Safe to run again: it starts cupsd only when it is not running (CI containers have
# no systemd), rewrites only its own block of /etc/cups/cups-pdf.conf and (re)creates
# the queue. The last line it prints is the folder the PDFs land in: one subfolder per
# user name (root's jobs in <folder>/root), anonymous jobs in <folder>/ANONYMOUS.
# Files are named "<title>-job_<id>.pdf".
set -euo pipefail

QUEUE="${TREFPUNTJE_CUPS_QUEUE:-trefpuntje-pdf}"
OUT_DIR=/var/spool/cups-pdf
CONF=/etc/cups/cups-pdf.conf
BEGIN_MARK="# >>> trefpuntje (scripts/setup-cups-pdf.sh)"
END_MARK="# <<< trefpuntje"

say() { echo "setup-cups-pdf: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  say "run this as root (it configures CUPS)"
  exit 1
fi
for program in cupsd lpadmin lpinfo lpstat; do
  if ! command -v "$program" >/dev/null 2>&1; then
    say "$program is missing: apt-get install -y cups printer-driver-cups-pdf"
    exit 1
  fi
done
if [ ! -x /usr/lib/cups/backend/cups-pdf ] || [ ! -f "$CONF" ]; then
  say "the cups-pdf backend is missing: apt-get install -y printer-driver-cups-pdf"
  exit 1
fi

# 1. Where cups-pdf writes. Our settings go in one marked block at the end; the same
#    keys elsewhere in the file are commented out so ours are the only ones in force.
tmp="$(mktemp)"
awk -v begin="$BEGIN_MARK" -v end="$END_MARK" '
  $0 == begin { skipping = 1; next }
  $0 == end   { skipping = 0; next }
  skipping    { next }
  /^[[:space:]]*(Out|AnonDirName|Label|TitlePref)[[:space:]]/ { print "#" $0 " # disabled by trefpuntje"; next }
  { print }
' "$CONF" > "$tmp"
cat >> "$tmp" <<EOF
$BEGIN_MARK
Out $OUT_DIR/\${USER}
AnonDirName $OUT_DIR/ANONYMOUS
Label 2
TitlePref 1
$END_MARK
EOF
if ! cmp -s "$tmp" "$CONF"; then
  cat "$tmp" > "$CONF"  # keep the file's owner and mode
fi
rm -f "$tmp"
mkdir -p "$OUT_DIR"

# 2. The scheduler. Without systemd nobody starts it; cupsd forks into the background.
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  say "starting cupsd"
  cupsd
  for _ in $(seq 1 50); do
    lpstat -r 2>/dev/null | grep -q "is running" && break
    sleep 0.2
  done
  if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    say "cupsd did not start; see /var/log/cups/error_log"
    exit 1
  fi
fi

# 3. The queue, with the CUPS-PDF driver as lpinfo names it (the file path as a fallback).
models="$(lpinfo -m 2>/dev/null || true)"
ppd="$(awk '$1 ~ /\/CUPS-PDF_opt\.ppd$/ { print $1; exit }' <<<"$models")"
[ -n "$ppd" ] || ppd="$(awk '$1 ~ /\/cups-pdf\// { print $1; exit }' <<<"$models")"
if [ -n "$ppd" ]; then
  lpadmin -p "$QUEUE" -E -v cups-pdf:/ -m "$ppd"
else
  file="$(ls /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd /usr/share/ppd/cups-pdf/*.ppd 2>/dev/null | head -n 1 || true)"
  if [ -z "$file" ]; then
    say "no CUPS-PDF driver (PPD) found: apt-get install -y printer-driver-cups-pdf"
    exit 1
  fi
  lpadmin -p "$QUEUE" -E -v cups-pdf:/ -P "$file"
fi
lpadmin -p "$QUEUE" -o printer-error-policy=abort-job -o printer-is-shared=false
cupsenable "$QUEUE"
cupsaccept "$QUEUE"

say "queue $QUEUE is ready; its PDFs land in (a per-user folder under):"
echo "$OUT_DIR"
