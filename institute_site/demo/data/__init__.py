"""The demo texts, one module per section of the site, French and English side by side."""
