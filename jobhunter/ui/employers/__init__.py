"""The Werkgevers tab: the employer list beside the employer file."""
