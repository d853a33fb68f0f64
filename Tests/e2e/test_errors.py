"""Failures as the official OpenAI SDK sees them: authentication, malformed bodies, unknown
models, throttling and a stream that breaks after it started. The simulator is steered per
request with the `x-simulator-scenario` header."""

import json

import openai
import pytest

from support import CHAT_MODEL, error_envelope, raw_request


@pytest.fixture
def client(gateway):
    return openai.OpenAI(base_url=gateway.base_url, api_key=gateway.api_key, max_retries=0)


def test_wrong_api_key_is_401_authentication_error(gateway):
    intruder = openai.OpenAI(base_url=gateway.base_url, api_key="sk-wrong-key", max_retries=0)

    with pytest.raises(openai.AuthenticationError) as caught:
        intruder.chat.completions.create(model=CHAT_MODEL, messages=[{"role": "user", "content": "hi"}])

    assert caught.value.status_code == 401
    assert caught.value.type == "invalid_request_error"
    assert "sk-wrong-key" not in caught.value.message


def test_missing_api_key_is_401(gateway):
    status, _, body = raw_request("GET", gateway.base_url + "/models")

    assert status == 401
    error_envelope(body)


def test_models_need_the_key_but_health_does_not(gateway):
    status, _, body = raw_request("GET", gateway.root_url + "/health")

    assert status == 200
    assert json.loads(body)["status"] == "ok"


def test_malformed_json_is_400_in_the_openai_envelope(gateway):
    status, headers, body = raw_request(
        "POST",
        gateway.base_url + "/chat/completions",
        b'{"model": "x", "messages": [',
        {"Authorization": f"Bearer {gateway.api_key}", "Content-Type": "application/json"},
    )

    assert status == 400
    assert headers["content-type"].startswith("application/json")
    assert headers["x-request-id"]
    assert error_envelope(body)["type"] == "invalid_request_error"


def test_missing_messages_names_the_parameter(client):
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model=CHAT_MODEL, messages=[])

    assert caught.value.status_code == 400
    assert caught.value.param == "messages"


def test_unknown_model_is_404(client):
    with pytest.raises(openai.NotFoundError) as caught:
        client.chat.completions.create(model="acme.no-such-model-v9:0", messages=[{"role": "user", "content": "hi"}])

    assert caught.value.status_code == 404
    assert caught.value.code == "model_not_found"


def test_unknown_route_is_404_and_wrong_method_is_405(gateway):
    auth = {"Authorization": f"Bearer {gateway.api_key}"}
    status, _, body = raw_request("GET", gateway.base_url + "/completions/legacy", headers=auth)
    assert status == 404
    error_envelope(body)

    status, headers, body = raw_request("GET", gateway.base_url + "/chat/completions", headers=auth)
    assert status == 405
    assert "POST" in headers["allow"]
    error_envelope(body)


def test_throttling_is_429_rate_limit_error_with_retry_after(client):
    with pytest.raises(openai.RateLimitError) as caught:
        client.chat.completions.create(
            model=CHAT_MODEL,
            messages=[{"role": "user", "content": "throttle me"}],
            extra_headers={"x-simulator-scenario": "throttle"},
        )

    assert caught.value.status_code == 429
    assert caught.value.response.headers["retry-after"]
    assert caught.value.code == "rate_limit_exceeded"


def test_throttling_at_stream_start_is_a_real_429(client):
    with pytest.raises(openai.RateLimitError):
        client.chat.completions.create(
            model=CHAT_MODEL,
            messages=[{"role": "user", "content": "throttle my stream"}],
            stream=True,
            extra_headers={"x-simulator-scenario": "throttle"},
        )


def test_brief_throttling_is_absorbed_by_retries(client):
    # The first attempt is throttled; the gateway's AWS client retries and succeeds.
    completion = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": "retry me once"}],
        extra_headers={"x-simulator-scenario": "throttle:1"},
    )

    assert "retry me once" in completion.choices[0].message.content


def test_sdk_retries_throttling_then_raises_rate_limit_error(gateway):
    patient = openai.OpenAI(base_url=gateway.base_url, api_key=gateway.api_key, max_retries=1)

    with pytest.raises(openai.RateLimitError):
        patient.with_options(timeout=60).chat.completions.create(
            model=CHAT_MODEL,
            messages=[{"role": "user", "content": "still throttled"}],
            extra_headers={"x-simulator-scenario": "throttle"},
        )


def test_access_denied_is_403_permission_denied(client):
    with pytest.raises(openai.PermissionDeniedError) as caught:
        client.chat.completions.create(
            model=CHAT_MODEL,
            messages=[{"role": "user", "content": "no access"}],
            extra_headers={"x-simulator-scenario": "error:AccessDeniedException"},
        )

    assert caught.value.status_code == 403


def test_unavailable_service_is_503(client):
    with pytest.raises(openai.InternalServerError) as caught:
        client.chat.completions.create(
            model=CHAT_MODEL,
            messages=[{"role": "user", "content": "unavailable"}],
            extra_headers={"x-simulator-scenario": "error:ServiceUnavailableException"},
        )

    assert caught.value.status_code == 503


def test_failure_after_the_stream_started_raises_api_error_while_iterating(client):
    stream = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": "break this stream somewhere in the middle please"}],
        stream=True,
        extra_headers={"x-simulator-scenario": "stream_error:modelStreamErrorException"},
    )

    received = []
    with pytest.raises(openai.APIError) as caught:
        for chunk in stream:
            received.append(chunk)

    assert received, "the stream had started before it failed"
    assert "stream" in caught.value.message.lower() or caught.value.code


def test_invalid_scenario_header_is_400(client):
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(
            model=CHAT_MODEL,
            messages=[{"role": "user", "content": "hi"}],
            extra_headers={"x-simulator-scenario": "no_such_directive"},
        )
