#!/usr/bin/env python3
"""Measures LambdaEntry (not a test): time from process start to the first Runtime API `next`, and RSS after
N invocations. A minimal Runtime API (and Secrets Manager) emulator on 127.0.0.1.

Usage: measure.py <LambdaEntry binary> [probe|gateway|gateway-streaming] [invocations]
  swift build -c release --product LambdaEntry --static-swift-stdlib
  python3 Tests/LambdaRuntimeTests/Performance/measure.py .build/release/LambdaEntry gateway 100
`probe` serves the test-only probe handler (echo and streams, ALB and Function URL events);
`gateway` the real gateway (health, 401 and 400 answers, which need no Bedrock), with the API
key secret read from this script at init. ONLY=<0-3> picks one probe event kind,
NODEADLINE=1 leaves out the deadline header, DEADLINE_MS sets it."""
import json, os, queue, subprocess, sys, threading, time, uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BINARY = sys.argv[1]
MODE = sys.argv[2] if len(sys.argv) > 2 else "probe"
N = int(sys.argv[3]) if len(sys.argv) > 3 else 100

invocations = queue.Queue()
done = {}
done_cv = threading.Condition()
first_next = []

def read_body(h):
    if h.headers.get("Transfer-Encoding", "").lower() == "chunked":
        data = b""
        while True:
            size = int(h.rfile.readline().split(b";")[0].strip(), 16)
            if size == 0:
                while h.rfile.readline() not in (b"\r\n", b"\n", b""): pass
                return data
            data += h.rfile.read(size); h.rfile.readline()
    n = int(h.headers.get("Content-Length", "0"))
    return h.rfile.read(n) if n else b""

class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a): pass
    def setup(self):
        super().setup()
        import socket
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    def reply(self, status, body=b"", headers=()):
        self.send_response(status)
        for k, v in headers: self.send_header(k, v)
        self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def do_GET(self):
        if self.path.endswith("/invocation/next"):
            if not first_next: first_next.append(time.monotonic())
            rid, event = invocations.get()
            dl = [] if os.environ.get("NODEADLINE") else [("Lambda-Runtime-Deadline-Ms", str(int(time.time() * 1000) + int(os.environ.get("DEADLINE_MS", "60000"))))]
            self.reply(200, event, dl + [("Lambda-Runtime-Aws-Request-Id", rid),
                ("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:123456789012:function:gw"),
                ("Lambda-Runtime-Trace-Id", "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700")])
        else: self.reply(404)
    def do_POST(self):
        body = read_body(self)
        if self.path == "/":  # Secrets Manager GetSecretValue
            self.reply(200, json.dumps({"ARN": "arn", "Name": "k", "SecretString": '{"api_key":"sk-perf"}',
                "VersionId": "v", "VersionStages": ["AWSCURRENT"], "CreatedDate": 1.7e9}).encode(),
                [("Content-Type", "application/x-amz-json-1.1")]); return
        rid = self.path.split("/")[4]
        self.reply(202, b'{"status":"OK"}')
        with done_cv: done[rid] = body; done_cv.notify_all()
        if "/init/error" in self.path: print("INIT ERROR", body); os._exit(1)

server = ThreadingHTTPServer(("127.0.0.1", 0), H)
threading.Thread(target=server.serve_forever, daemon=True).start()
port = server.server_address[1]

env = {"AWS_LAMBDA_RUNTIME_API": f"127.0.0.1:{port}", "AWS_LAMBDA_FUNCTION_NAME": "gw", "HOME": "/nonexistent"}
if MODE == "probe":
    env["LAMBDA_ENTRY_TEST_HANDLER"] = "probe"
else:
    env.update({"AWS_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret",
        "API_KEY_SECRET_ARN": "arn:aws:secretsmanager:us-east-1:123456789012:secret:k",
        "AWS_ENDPOINT_URL_SECRETS_MANAGER": f"http://127.0.0.1:{port}", "LOG_LEVEL": "warning"})
if MODE == "gateway-streaming" or MODE == "probe": env["LAMBDA_RESPONSE_STREAMING"] = "true"

def alb(path, method="GET", body="", headers=None):
    return json.dumps({"requestContext": {"elb": {"targetGroupArn": "arn"}}, "httpMethod": method, "path": path,
        "queryStringParameters": {"chunks": "20"}, "headers": headers or {"host": "x"}, "body": body,
        "isBase64Encoded": False}).encode()
def furl(path):
    return json.dumps({"version": "2.0", "rawPath": path, "rawQueryString": "chunks=20", "headers": {"host": "x"},
        "requestContext": {"http": {"method": "GET", "path": path}, "stage": "$default"}, "isBase64Encoded": False}).encode()

t0 = time.monotonic()
proc = subprocess.Popen([BINARY], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
while not first_next: time.sleep(0.0002)
print(f"{MODE}: process start -> first next: {(first_next[0] - t0) * 1000:.1f} ms")

def rss():
    for line in open(f"/proc/{proc.pid}/status"):
        if line.startswith("VmRSS"): return line.split()[1] + " kB"
print(f"{MODE}: RSS idle after init: {rss()}")
t1 = time.monotonic()
for i in range(N):
    if MODE == "probe":
        events = [alb("/probe/echo"), alb("/probe/stream"), furl("/probe/stream"), furl("/probe/echo")]
        only = os.environ.get("ONLY")
        event = events[int(only)] if only else events[i % 4]
    else:
        event = [alb("/health"), alb("/v1/models", headers={"authorization": "Bearer wrong"}),
                 alb("/v1/chat/completions", "POST", "{bad", {"authorization": "Bearer sk-perf"})][i % 3]
    rid = str(uuid.uuid4())
    invocations.put((rid, event))
    with done_cv:
        while rid not in done: done_cv.wait()
elapsed = time.monotonic() - t1
print(f"{MODE}: {N} invocations in {elapsed * 1000:.0f} ms ({elapsed / N * 1000:.2f} ms each, emulator included)")
print(f"{MODE}: RSS after {N} invocations: {rss()}")
proc.terminate(); proc.wait()
