#!/bin/sh
# Fails when a user-visible string has no zh_CN translation, or a fuzzy one:
# extracts the strings from po/POTFILES.in afresh, merges them into a copy of
# zh_CN.po and reads msgfmt's statistics.
set -eu
src=${1:?source dir}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$src"
xgettext --files-from=po/POTFILES.in --directory="$src" --output="$work/zjtx.pot" \
  --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 --flag=g_strdup_printf:1:c-format \
  --package-name=zjtx 2>"$work/xgettext.log" || { cat "$work/xgettext.log"; exit 1; }
msgmerge --quiet --no-fuzzy-matching --output-file="$work/zh_CN.po" po/zh_CN.po "$work/zjtx.pot"
stats=$(LC_ALL=C msgfmt --check --statistics --output-file=/dev/null "$work/zh_CN.po" 2>&1)
echo "# $stats"
case "$stats" in
  *untranslated*|*fuzzy*)
    echo "not ok 1 - zh_CN is incomplete: $stats"
    msgattrib --untranslated --only-fuzzy "$work/zh_CN.po" 2>/dev/null | head -40 | sed 's/^/# /' || true
    msgattrib --untranslated "$work/zh_CN.po" | grep '^msgid' | head -40 | sed 's/^/# /'
    echo "1..1"
    exit 1 ;;
esac
# Also the committed file itself must compile cleanly (format strings match).
LC_ALL=C msgfmt --check --output-file=/dev/null po/zh_CN.po
echo "ok 1 - zh_CN complete"
echo "1..1"
