import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.canonical import canonical_bytes, parse_strict
from app.crypto.envelope import SignatureProblem, payload_bytes, sign_payload, split_envelope
from app.crypto.keys import KeyPair

PAIR = KeyPair.generate("signer")
OTHER = KeyPair.generate("someone else")
PAYLOAD = {"format": "juri-result", "scores": [{"criterion": "A", "value": "7"}], "name": "Dewi"}


def verify(data: bytes, pair: KeyPair = PAIR) -> None:
    payload, signature = split_envelope(parse_strict(data, max_bytes=10**6))
    signature.verify(canonical_bytes(payload), pair.public_key)


def test_a_signed_envelope_verifies_and_is_itself_canonical() -> None:
    data = sign_payload(PAYLOAD, PAIR)
    verify(data)
    assert canonical_bytes(parse_strict(data, max_bytes=10**6)) == data
    assert data.startswith(b'{"payload":{')


def test_another_key_does_not_verify() -> None:
    with pytest.raises(SignatureProblem) as caught:
        verify(sign_payload(PAYLOAD, PAIR), OTHER)
    assert caught.value.code == "invalid"


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_flipped_byte_fails_verification(data) -> None:
    signed = bytearray(sign_payload(PAYLOAD, PAIR))
    index = data.draw(st.integers(0, len(signed) - 1))
    bit = data.draw(st.integers(0, 7))
    signed[index] ^= 1 << bit
    with pytest.raises(Exception):  # noqa: B017 - unreadable or invalid: both must refuse
        verify(bytes(signed))


@given(
    st.dictionaries(
        st.text(max_size=8), st.text(max_size=20) | st.integers(-(10**6), 10**6), max_size=6
    )
)
def test_any_payload_signs_and_verifies(payload) -> None:
    verify(sign_payload(payload, PAIR))


@given(
    st.dictionaries(
        st.text(max_size=8),
        st.text(max_size=20)
        | st.integers(-(10**6), 10**6)
        | st.lists(st.text(max_size=5), max_size=3),
        max_size=6,
    )
)
def test_the_payload_cut_from_a_canonical_envelope_is_its_canonical_form(payload) -> None:
    """The merge checks signatures over a slice of the file; it must be exactly the bytes a
    fresh canonical writer gives (characters beyond U+FFFF included)."""
    data = sign_payload(payload, PAIR)
    document = parse_strict(data, max_bytes=10**6)
    assert payload_bytes(data, document) == canonical_bytes(payload)
