#!/usr/bin/env python3
"""Reload latency of a watched vocabulary: from the write of a file to the new version being served.

Usage: reload-latency.py SERVER_DLL [VOCAB_DIR] [EDITS] [DEBOUNCE_MS]

Copies VOCAB_DIR (default: the repository's vocab/) to a temporary folder, starts the server on it with free ports,
watch on and Tzsem:ReloadDebounceMilliseconds = DEBOUNCE_MS (default 0, so the figure is the reload itself; the server's
default quiet period of 200 ms comes on top), then EDITS times (default 30) appends a comment line to kern.ttl (every
edit changes the version, which hashes the files) and polls GET /health on one keep-alive connection until
vocabulary_version changes. Prints each latency and min/median/p90/max in ms. The time runs from the moment the
write is closed, so it includes the file-system event, the load and lint of the whole folder and the swap, plus at
most one poll interval (about 1 ms).
"""
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

server_dll = sys.argv[1]
repo = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
vocab = sys.argv[2] if len(sys.argv) > 2 else os.path.join(repo, "vocab")
edits = int(sys.argv[3]) if len(sys.argv) > 3 else 30
debounce = sys.argv[4] if len(sys.argv) > 4 else "0"

work = tempfile.mkdtemp(prefix="tzsem-reload-")
copy = os.path.join(work, "vocab")
shutil.copytree(vocab, copy)
env = dict(os.environ, Tzsem__ReloadDebounceMilliseconds=debounce)
server = subprocess.Popen(["dotnet", server_dll, "--vocab", copy, "--grpc-port", "0", "--http-port", "0", "--watch", "true"],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
try:
    port = None
    for line in server.stdout:
        m = re.search(r"HTTP: http://127\.0\.0\.1:(\d+)/", line)
        if m:
            port = int(m.group(1))
            break
    if port is None:
        sys.exit("the server did not print its HTTP address")

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)

    def version():
        connection.request("GET", "/health")
        return json.loads(connection.getresponse().read())["vocabulary_version"]

    current = version()
    kern = os.path.join(copy, "kern.ttl")
    latencies = []
    for i in range(edits + 3):
        with open(kern, "a", encoding="utf-8") as f:
            f.write(f"# reload-latency edit {i}\n")
        start = time.perf_counter()
        while True:
            now = version()
            if now != current:
                break
            if time.perf_counter() - start > 30:
                sys.exit(f"edit {i}: no new version after 30 s")
            time.sleep(0.001)
        elapsed = (time.perf_counter() - start) * 1000
        current = now
        if i >= 3:  # the first reloads also JIT the loader
            latencies.append(elapsed)
        time.sleep(0.3)

    latencies.sort()
    print("latencies ms: " + " ".join(f"{x:.0f}" for x in latencies))
    print(f"edits={len(latencies)} debounce_ms={debounce} min={latencies[0]:.0f} median={statistics.median(latencies):.0f} "
          f"p90={latencies[int(0.9 * (len(latencies) - 1))]:.0f} max={latencies[-1]:.0f} ms; load average {os.getloadavg()[0]:.1f}")
finally:
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
    shutil.rmtree(work, ignore_errors=True)
