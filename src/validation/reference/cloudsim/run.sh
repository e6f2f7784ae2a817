#!/bin/sh
# Regenerates planetlab-20110303.ts from CloudSim 5.0 (see README.md). Needs git, a JDK (8+,
# tested with 17), commons-math3 (Debian: libcommons-math3-java), python3, tar, and the shared
# data folder. Usage: run.sh <shared/data folder> [work folder]
set -eu
DATA=$1
WORK=${2:-$(mktemp -d)}
HERE=$(cd "$(dirname "$0")" && pwd)
MATH=${COMMONS_MATH3:-/usr/share/java/commons-math3.jar}
COMMIT=6790fecd4b390af92891b1917c3b7f158ee917c2 # tag 5.0

REPO=${CLOUDSIM_REPO:-https://github.com/Cloudslab/cloudsim}
[ -d "$WORK/cloudsim" ] || git clone -q "$REPO" "$WORK/cloudsim"
git -C "$WORK/cloudsim" checkout -q "$COMMIT"
SRC="$WORK/cloudsim/modules/cloudsim/src/main/java:$WORK/cloudsim/modules/cloudsim-examples/src/main/java"
mkdir -p "$WORK/classes" "$WORK/day"
javac -nowarn -d "$WORK/classes" -cp "$MATH" -sourcepath "$SRC" "$HERE/PlanetLabReference.java"
tar xzf "$DATA/planetlab/cloudsim_planetlab_10days.tar.gz" -C "$WORK/day" 20110303
for p in dvfs npa; do
  # PowerDatacenter prints each update time on stdout before the JSON line.
  java -cp "$WORK/classes:$MATH" PlanetLabReference $p "$WORK/day/20110303" | grep -o '{.*' > "$WORK/$p.json"
done
python3 "$HERE/to-module.py" "$WORK/dvfs.json" "$WORK/npa.json" > "$HERE/planetlab-20110303.ts"
