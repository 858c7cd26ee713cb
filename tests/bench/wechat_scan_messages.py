#!/usr/bin/env python3
"""Builds WeChat webhook bench messages (used by webhook_bench.sh and side_by_side.sh; not a test).

Writes WORK/plain.query (a signed query for plaintext posts) and WORK/safe.lines: COUNT safe-mode (AES)
SCAN events of the interaction code CODE, each from a distinct follower, one per line as "query<TAB>body",
encrypted and signed as WeChat does, so wrk only replays them.
Usage: wechat_scan_messages.py WORK TOKEN AES_KEY APP_ID COUNT [CODE]
"""
import base64
import hashlib
import os
import struct
import sys
import time

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

work, token, aeskey, appid, count = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
code = sys.argv[6] if len(sys.argv) > 6 else "bench2030"
key = base64.b64decode(aeskey + "=")


def sig(*parts):
    return hashlib.sha1("".join(sorted(parts)).encode()).hexdigest()


ts, nonce = str(int(time.time())), "1320562132"
with open(f"{work}/plain.query", "w") as f:
    f.write(f"signature={sig(token, ts, nonce)}&timestamp={ts}&nonce={nonce}")
with open(f"{work}/safe.lines", "w") as f:
    for i in range(count):
        xml = (f"<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[oBench{i:022d}]]></FromUserName>"
               f"<CreateTime>{ts}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[SCAN]]></Event>"
               f"<EventKey><![CDATA[{code}]]></EventKey><Ticket><![CDATA[gQbench]]></Ticket></xml>").encode()
        full = os.urandom(16) + struct.pack(">I", len(xml)) + xml + appid.encode()
        pad = 32 - len(full) % 32
        full += bytes([pad]) * pad
        enc = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
        encrypt = base64.b64encode(enc.update(full) + enc.finalize()).decode()
        query = (f"signature={sig(token, ts, nonce)}&timestamp={ts}&nonce={nonce}&encrypt_type=aes"
                 f"&msg_signature={sig(token, ts, nonce, encrypt)}")
        f.write(f"{query}\t<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>\n")
