#!/usr/bin/env python3
"""Fails when a source file includes a layer it may not depend on (DESIGN.md, "Layout").

The dependency direction is one way: shared <- server/app <- server/http|realtime|web, and app sees store,
infra and wechat only through interfaces it owns (they implement app's interfaces, so they may include app).
The composition root (server/*.cpp and server/*.h: ServerContext, Commands, main) wires everything.
The build runs this (target check_layers), so a wrong include fails the build, not a review.

Usage: scripts/check-layers.py SOURCE_DIR
"""
import pathlib
import re
import sys

# layer -> the layers its files may include (its own is always allowed)
ALLOWED = {
    "shared": set(),
    "server/app": {"shared"},
    "server/store": {"shared", "server/app"},
    "server/infra/html": {"shared"},
    "server/infra": {"shared", "server/app", "server/infra/html", "server/wechat"},
    "server/wechat": {"shared"},
    "server/http": {"shared", "server/app", "server/infra/html"},
    "server/realtime": {"shared", "server/app", "server/http"},
    "server/web": {"shared", "server/app", "server/http"},
    "server": None,  # the composition root: anything
    "desktop": {"shared"},
}

# Known debts, each named in issue 19: fix them and delete the line, never add one.
KNOWN = {
    # the webhook service parses and seals WeChat messages itself instead of through an interface it owns.
    ("server/app/WeChatService.cpp", "server/wechat"),
    # the page handlers take the whole ServerContext rather than the services they call.
    ("server/web/PageRoutes.cpp", "server"),
    # the access log and the page clock use small infra helpers directly.
    ("server/http/HttpServer.cpp", "server/infra"),
    ("server/web/PageRoutes.cpp", "server/infra"),
}

INCLUDE = re.compile(r'^\s*#\s*include\s+"((?:server|shared|desktop)/[^"]+|nextevent/[^"]+)"', re.M)


def layer_of(relative: str) -> str:
    # the longest layer name that prefixes the path
    best = ""
    for name in ALLOWED:
        if (relative == name or relative.startswith(name + "/")) and len(name) > len(best):
            best = name
    return best


def target_layer(include: str) -> str:
    if include.startswith("nextevent/"):
        return "shared"
    return layer_of(include)


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    problems = []
    used_known = set()
    for base in ("shared", "server", "desktop"):
        for path in sorted((root / base).rglob("*")):
            if path.suffix not in (".cpp", ".h") or "/generated/" in str(path):
                continue
            relative = path.relative_to(root).as_posix()
            source = layer_of(relative)
            if not source or ALLOWED[source] is None:
                continue
            for match in INCLUDE.finditer(path.read_text(errors="replace")):
                target = target_layer(match.group(1))
                if not target or target == source or target in ALLOWED[source]:
                    continue
                if (relative, target) in KNOWN:
                    used_known.add((relative, target))
                    continue
                problems.append(f"{relative}: includes {match.group(1)} ({source} may not depend on {target})")
    stale = sorted(KNOWN - used_known)
    for relative, target in stale:
        problems.append(f"scripts/check-layers.py: known debt {relative} -> {target} is gone; delete its line")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"check-layers: {len(problems)} problem(s); see DESIGN.md 'Layout'", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
