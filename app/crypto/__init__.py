"""Ed25519 keys, their encrypted storage, and signed JSON envelopes."""
