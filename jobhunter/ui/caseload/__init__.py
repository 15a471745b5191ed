"""The Caseload tab: the client list beside the client file."""
