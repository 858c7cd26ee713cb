#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Independent reference for the draw algorithm (DESIGN.md "Draws"), with only Python's hashlib and hmac.
Run it to re-check the constants in DrawAlgorithmTest.cpp:  python3 tests/unit/server/core/draw_vectors.py
It is also the "Verifying a draw" recipe of the README: pool + seed + poolHash give the winners."""
import hashlib
import hmac


def pool_hash(ids):
    return hashlib.sha256("\n".join(ids).encode()).hexdigest()


def picks(seed_hex, ids, count):
    """Picks k = 0 .. count-1; each takes index u64be(HMAC-SHA256(seed, poolHash:k)[:8]) mod remaining."""
    remaining = sorted(ids, key=lambda s: s.encode())
    ph = pool_hash(remaining)
    seed = bytes.fromhex(seed_hex)
    out = []
    for k in range(count):
        if not remaining:
            break
        mac = hmac.new(seed, f"{ph}:{k}".encode(), hashlib.sha256).digest()
        out.append(remaining.pop(int.from_bytes(mac[:8], "big") % len(remaining)))
    return out


if __name__ == "__main__":
    seed = bytes(range(32)).hex()
    print("seed", seed)
    print("commitment", hashlib.sha256(bytes.fromhex(seed)).hexdigest())
    ids = ["c3d4e5f6-0000-4000-8000-000000000003", "a1b2c3d4-0000-4000-8000-000000000001",
           "f0e1d2c3-0000-4000-8000-000000000006", "0a0b0c0d-0000-4000-8000-000000000000",
           "b2c3d4e5-0000-4000-8000-000000000002", "e5f6a7b8-0000-4000-8000-000000000005",
           "d4e5f6a7-0000-4000-8000-000000000004", "Z-upper-sorts-before-lower"]
    print("sorted", sorted(ids, key=lambda s: s.encode()))
    print("poolHash", pool_hash(sorted(ids, key=lambda s: s.encode())))
    print("emptyPoolHash", pool_hash([]))
    print("picks(all)", picks(seed, ids, len(ids)))
    seed2 = "ff" * 32
    print("seed2 picks(3)", picks(seed2, ids, 3))
    mac = hmac.new(bytes.fromhex(seed), b"abc:0", hashlib.sha256).hexdigest()
    print("hmac(seed, 'abc:0')", mac)
    print("u64be", int(mac[:16], 16))
    print("pool of 1000 picks(5)", picks(seed, [f"id-{i:04d}" for i in range(1000)], 5))
