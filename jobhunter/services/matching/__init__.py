"""Matching: checking a workplace's real requirements against a client, and ranking."""
