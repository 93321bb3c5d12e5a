//! Matching a person's profile against a catalog.
