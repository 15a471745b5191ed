"""The Nazorg (aftercare) tab."""
