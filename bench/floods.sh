#!/usr/bin/env bash
# Floods and limits (docs/reliability.md): each hostile load from issue 10 sent to a running ClaimDesk in demo
# mode, with what came back and how long it took. Bounded: the slowest step waits 40 s for idle connections.
# Usage: bash bench/floods.sh   (builds the jar when missing; fresh data folder under target/)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8098}"
base="http://127.0.0.1:$port"
folder="target/floods-data"
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q -o package -DskipTests
rm -rf "$folder"
CLAIMDESK_DEMO=true CLAIMDESK_DATA_DIR="$folder" QUARKUS_HTTP_PORT="$port" java -Xmx256m \
    -jar target/quarkus-app/quarkus-run.jar > target/floods-app.log 2>&1 &
app=$!
trap 'kill $app 2> /dev/null; wait $app 2> /dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "$base/q/health/ready" > /dev/null && break
  sleep 1
done
curl -sf "$base/q/health/ready" > /dev/null || { echo "ClaimDesk did not start; see target/floods-app.log"; exit 1; }

BASE="$base" python3 - <<'PY'
import concurrent.futures, http.cookiejar, json, os, re, socket, time, urllib.parse, urllib.request, base64, uuid

base = os.environ["BASE"]
basic = "Basic " + base64.b64encode(b"checker:checker").decode()

def api(method, path, body=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": basic, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code

jar = http.cookiejar.CookieJar()
browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
browser.open(base + "/login").read()
browser.open(base + "/j_security_check", urllib.parse.urlencode({"j_username": "checker", "j_password": "checker"}).encode()).read()

def page(path, data=None, headers=None):
    request = urllib.request.Request(base + path, data=data, headers=headers or {})
    started = time.monotonic()
    try:
        with browser.open(request, timeout=600) as response:
            return response.status, time.monotonic() - started, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, time.monotonic() - started, error.read().decode()

print("| load | answer | time |")
print("| --- | --- | --- |")

# 15: an uploaded page of 40,000 nested blockquotes (520 KB)
form = page("/articles/new")[2]
token_name, token = re.search(r'type="hidden" name="([^"]+)" value="([^"]+)"', form).groups()
html = "<html><body>" + "<blockquote>" * 40000 + "Deep." + "</blockquote>" * 40000 + "</body></html>"
boundary = "floods" + uuid.uuid4().hex
parts = [(token_name, None, token), ("title", None, "Nested"), ("file", "nested.html", html)]
body = b""
for name, filename, value in parts:
    disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
    body += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n".encode() + value.encode() + b"\r\n"
body += f"--{boundary}--\r\n".encode()
status, took, text = page("/articles", body, {"Content-Type": "multipart/form-data; boundary=" + boundary})
print(f"| upload, 40,000 nested blockquotes ({len(html) // 1024} KB) | {status}{' nested more than 100 levels' if 'nested more than' in text else ''} | {took:.2f} s |")

# 16: searches made only of exclusions, 32 at once, and a page meanwhile
exclusions = urllib.parse.quote(" ".join("-" + chr(97 + i % 26) + str(i) for i in range(100)))
with concurrent.futures.ThreadPoolExecutor(32) as pool:
    started = time.monotonic()
    searches = list(pool.map(lambda _: page("/search?q=" + exclusions)[0], range(32)))
    took = time.monotonic() - started
print(f"| 32 exclusion-only searches at once | {sorted(set(searches))} | {took:.2f} s for all |")
with concurrent.futures.ThreadPoolExecutor(33) as pool:
    busy = [pool.submit(page, "/search?q=ukraine+" + str(i)) for i in range(32)]
    claims = pool.submit(page, "/claims").result()
    answers = sorted({f.result()[0] for f in busy})
print(f"| 32 word searches at once, /claims meanwhile | searches {answers}, /claims {claims[0]} | /claims {claims[1]:.2f} s |")

# 18: twenty identical articles at once, twenty claims naming one new claimant at once
text = "\"Every school will reopen,\" the minister said. " + uuid.uuid4().hex
with concurrent.futures.ThreadPoolExecutor(20) as pool:
    articles = list(pool.map(lambda _: api("POST", "/api/articles", {"title": "Schools", "text": text}), range(20)))
print(f"| 20 identical articles at once | {articles.count(201)} × 201, {articles.count(409)} × 409 | |")
name = "Flood Claimant " + uuid.uuid4().hex[:6]
claim = {"statement": "Ten bridges", "claimReviewed": "Ten bridges will be built", "claimant": name,
         "kind": "PARAPHRASE", "appearance": {"url": "https://example.org/bridges"}}
with concurrent.futures.ThreadPoolExecutor(20) as pool:
    claims = list(pool.map(lambda _: api("POST", "/api/claims", claim), range(20)))
print(f"| 20 claims naming one new claimant at once | {claims.count(201)} × 201 | |")

# 17: 500 connections that send half a request line and stop
sockets = []
for _ in range(500):
    s = socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1])))
    s.sendall(b"GET /q/health/li")
    s.settimeout(45)
    sockets.append(s)
started = time.monotonic()
closed = 0
for s in sockets:
    try:
        if s.recv(1) == b"":
            closed += 1
    except socket.timeout:
        pass
    s.close()
print(f"| 500 half-sent requests | {closed} closed by the server | all within {time.monotonic() - started:.1f} s |")
PY
