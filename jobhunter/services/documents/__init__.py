"""Documents for print: the employer briefing, the kandidaatprofiel and other PDFs.

``layout`` holds what they share (font, styles, footer); it imports reportlab, so import
this package's modules only when a document is made.
"""
