"""The version of teleworkrules (the one home of it: the package metadata reads it)."""

VERSION = "0.1.0"
