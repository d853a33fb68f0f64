"""Session fixtures for the end-to-end suite.

`gateway` builds `gatewayctl` once, starts `gatewayctl serve --backend simulator` on a free
loopback port with a random API key, waits for `/health`, and stops the process (by its PID,
with SIGTERM, as a container runtime would) when the session ends. Tests talk to it with the
official SDKs, unmodified:

    client = openai.OpenAI(base_url=gateway.base_url, api_key=gateway.api_key)
"""

from __future__ import annotations

import json
import os
import pathlib
import secrets
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field

import pytest

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]

# Variables of the developer's shell that would change what the suite expects.
_SCRUBBED = (
    "API_KEY",
    "API_KEY_SECRET_ARN",
    "API_KEY_PARAM_NAME",
    "ALLOW_UNAUTHENTICATED",
    "API_ROUTE_PREFIX",
    "DEFAULT_MODEL",
    "DEFAULT_EMBEDDING_MODEL",
    "LOG_LEVEL",
    "DEBUG",
)


@dataclass
class RunningGateway:
    """A `gatewayctl serve` process: where it listens, the key it accepts, and its logs."""

    root_url: str  # http://127.0.0.1:PORT
    api_key: str
    pid: int
    log_path: pathlib.Path  # stdout: one JSON line per request
    banner_path: pathlib.Path  # stderr: the banner and server messages
    _offset: int = field(default=0, repr=False)

    @property
    def base_url(self) -> str:
        """What the OpenAI SDKs take as `base_url`."""
        return self.root_url + "/v1"

    def log_lines(self) -> list[dict]:
        """Every JSON log line written so far."""
        lines = []
        for raw in self.log_path.read_text().splitlines():
            raw = raw.strip()
            if raw:
                lines.append(json.loads(raw))
        return lines

    def request_log(self, request_id: str, timeout: float = 5.0) -> dict:
        """The `request` log line of one request (a stream logs itself when it ends)."""
        deadline = time.monotonic() + timeout
        while True:
            for line in self.log_lines():
                if line.get("event") == "request" and line.get("request_id") == request_id:
                    return line
            if time.monotonic() > deadline:
                raise AssertionError(f"no request log line for {request_id}")
            time.sleep(0.05)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _gatewayctl_binary() -> pathlib.Path:
    # Built once per session (incremental after `swift build` / `swift test`).
    subprocess.run(["swift", "build", "--product", "gatewayctl"], cwd=REPO_ROOT, check=True)
    bin_dir = subprocess.run(
        ["swift", "build", "--show-bin-path"], cwd=REPO_ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    return pathlib.Path(bin_dir) / "gatewayctl"


def _wait_for_health(root_url: str, process: subprocess.Popen, banner_path: pathlib.Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"gatewayctl exited with {process.returncode} before serving:\n{banner_path.read_text()}"
            )
        try:
            with urllib.request.urlopen(root_url + "/health", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(0.1)
    raise RuntimeError(f"gatewayctl did not answer /health within {timeout} s:\n{banner_path.read_text()}")


@pytest.fixture(scope="session")
def gateway():
    binary = _gatewayctl_binary()
    port = _free_port()
    api_key = "sk-e2e-" + secrets.token_hex(16)
    env = {name: value for name, value in os.environ.items() if name not in _SCRUBBED}
    env["API_KEY"] = api_key
    # Loopback only, whatever the developer's proxy settings say.
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost,::1"

    workdir = pathlib.Path(tempfile.mkdtemp(prefix="gateway-e2e-"))
    log_path = workdir / "stdout.jsonl"
    banner_path = workdir / "stderr.txt"
    with open(log_path, "wb") as stdout, open(banner_path, "wb") as stderr:
        # Run from the repository root: the simulator finds ../shared/aws-models from there and
        # validates every Bedrock request the gateway sends against the official service models.
        process = subprocess.Popen(
            [str(binary), "serve", "--backend", "simulator", "--host", "127.0.0.1", "--port", str(port)],
            cwd=REPO_ROOT,
            env=env,
            stdout=stdout,
            stderr=stderr,
        )
    root_url = f"http://127.0.0.1:{port}"
    try:
        _wait_for_health(root_url, process, banner_path, timeout=60)
        yield RunningGateway(
            root_url=root_url, api_key=api_key, pid=process.pid, log_path=log_path, banner_path=banner_path
        )
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.kill(process.pid, signal.SIGKILL)
                process.wait()
