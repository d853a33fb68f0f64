"""Models through the official OpenAI SDK: the catalog list, and retrieving ids with `:` and ARNs."""

import openai
import pytest

from support import APPLICATION_PROFILE_ARN, CHAT_MODEL, EMBEDDING_MODEL


@pytest.fixture
def client(gateway):
    return openai.OpenAI(base_url=gateway.base_url, api_key=gateway.api_key, max_retries=0)


def test_models_list_includes_foundation_models_profiles_and_application_profiles(client):
    models = list(client.models.list())
    ids = [model.id for model in models]

    assert all(model.object == "model" for model in models)
    assert all(isinstance(model.created, int) and model.owned_by for model in models)
    assert len(ids) == len(set(ids))
    assert EMBEDDING_MODEL in ids
    assert CHAT_MODEL in ids  # system cross-region inference profile
    assert APPLICATION_PROFILE_ARN in ids


def test_retrieve_an_id_containing_a_colon(client):
    model = client.models.retrieve(CHAT_MODEL)

    assert model.id == CHAT_MODEL
    assert model.object == "model"


def test_retrieve_an_application_inference_profile_by_arn(client):
    # The SDK puts the ARN in the path as is (":" and "/" unencoded).
    model = client.models.retrieve(APPLICATION_PROFILE_ARN)

    assert model.id == APPLICATION_PROFILE_ARN


def test_retrieve_unknown_model_is_404_model_not_found(client):
    with pytest.raises(openai.NotFoundError) as caught:
        client.models.retrieve("acme.no-such-model-v9:0")

    assert caught.value.status_code == 404
    assert caught.value.code == "model_not_found"
